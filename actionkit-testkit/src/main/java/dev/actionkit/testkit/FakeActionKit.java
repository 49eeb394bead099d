package dev.actionkit.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A real HTTP server on loopback that plays ActionKit for one project: {@code GET} and
 * {@code POST} on {@code /projects/{projectId}/actions} (and the {@code /tools} alias).
 *
 * <ul>
 *   <li>Listings answer the next reply queued with {@link #enqueueList(Reply)}, else the one set
 *       with {@link #onList(Reply)}, else the catalog of the request's bearer token set with
 *       {@link #catalogFor(String, byte[])}, else the catalog set with {@link #catalog(byte[])}.
 *   <li>Runs answer the next reply queued for the action with {@link #enqueueRun}, else the one
 *       set with {@link #onRun}, else the default responder: {@code 200 {"ok": true}}.
 *   <li>When tokens are set with {@link #acceptTokens}, any other bearer token gets a 401 in
 *       ActionKit's error shape; a request for another project gets a 404.
 *   <li>Every request is recorded, in arrival order: {@link #requests()}; a benchmark that sends
 *       millions turns that off with {@link #recordRequests(boolean)}.
 * </ul>
 *
 * <p>Thread-safe; close it to stop the server and its threads. Replies that stall
 * ({@link Reply.Fault#STALL_BEFORE_ANSWER}, {@link Reply.Fault#STALL_MID_BODY}) hold their
 * connection until then.
 */
public final class FakeActionKit implements AutoCloseable {

    private static final AtomicInteger SERVERS = new AtomicInteger();

    /** Room for hundreds of connections arriving at once, as in concurrency tests. */
    private static final int BACKLOG = 1024;

    static {
        // The JDK server closes connections that go idle beyond 200 open ones; a client that
        // then reuses one for a POST fails, which would make concurrency tests flaky. Read once,
        // when the JDK's server classes load: also set it in the test JVM's configuration.
        if (System.getProperty("sun.net.httpserver.maxIdleConnections") == null) {
            System.setProperty("sun.net.httpserver.maxIdleConnections", "4096");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final String projectId;
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Reply>> runQueues = new HashMap<>();
    private final Map<String, Reply> runReplies = new ConcurrentHashMap<>();
    private final Deque<Reply> listQueue = new ArrayDeque<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile Reply listReply;
    private volatile boolean recording = true;
    private final Set<String> acceptedTokens = ConcurrentHashMap.newKeySet();
    private final Map<String, byte[]> catalogsByToken = new ConcurrentHashMap<>();
    private volatile byte[] catalog =
            "{\"actions\": {}, \"errors\": []}".getBytes(StandardCharsets.UTF_8);
    private volatile Function<RecordedRequest, Reply> defaultRun =
            request -> Reply.json(200, "{\"ok\": true}");

    private FakeActionKit(String projectId, int port) throws IOException {
        this.projectId = projectId;
        this.server = HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), port), BACKLOG);
        int id = SERVERS.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(
                    runnable, "fake-actionkit-" + id + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a server for project {@code test-project} on a free loopback port. */
    public static FakeActionKit start() {
        return start("test-project", 0);
    }

    /** Starts a server for {@code projectId} on {@code port} (0 for a free one). */
    public static FakeActionKit start(String projectId, int port) {
        Objects.requireNonNull(projectId, "projectId == null");
        try {
            return new FakeActionKit(projectId, port);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "the fake ActionKit could not listen on port " + port, e);
        }
    }

    /** Returns the base URL to give a client, e.g. {@code http://127.0.0.1:40123}. */
    public String baseUrl() {
        InetSocketAddress address = server.getAddress();
        return "http://" + address.getAddress().getHostAddress() + ":" + address.getPort();
    }

    /** Returns the port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Returns the project id this server answers for. */
    public String projectId() {
        return projectId;
    }

    /** Sets the catalog that listings answer with (a {@code GET /actions} response body). */
    public FakeActionKit catalog(byte[] json) {
        this.catalog = json.clone();
        return this;
    }

    /** Sets the catalog from a file. */
    public FakeActionKit catalog(Path file) {
        try {
            return catalog(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("the catalog " + file + " could not be read", e);
        }
    }

    /**
     * Sets the catalog that listings with this bearer token answer with, as ActionKit answers
     * each user with their own catalog: only their connected integrations, with their custom
     * fields. Other tokens keep getting {@link #catalog(byte[])}.
     */
    public FakeActionKit catalogFor(String token, byte[] json) {
        catalogsByToken.put(Objects.requireNonNull(token, "token == null"), json.clone());
        return this;
    }

    /** Sets the catalog of one bearer token from a file, as {@link #catalogFor(String, byte[])}. */
    public FakeActionKit catalogFor(String token, Path file) {
        try {
            return catalogFor(token, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("the catalog " + file + " could not be read", e);
        }
    }

    /** Accepts only these bearer tokens from now on; others get a 401. */
    public FakeActionKit acceptTokens(String... tokens) {
        acceptedTokens.clear();
        acceptedTokens.addAll(List.of(tokens));
        return this;
    }

    /** Answers the next listing with {@code reply} instead of the catalog. */
    public FakeActionKit enqueueList(Reply reply) {
        synchronized (listQueue) {
            listQueue.add(reply);
        }
        return this;
    }

    /**
     * Answers every listing with {@code reply} instead of the catalog, unless a queued one comes
     * first: a fault that lasts through the client's retries.
     */
    public FakeActionKit onList(Reply reply) {
        this.listReply = Objects.requireNonNull(reply, "reply == null");
        return this;
    }

    /** Answers the next run of {@code action} with {@code reply}. */
    public FakeActionKit enqueueRun(String action, Reply reply) {
        synchronized (runQueues) {
            runQueues.computeIfAbsent(action, key -> new ArrayDeque<>()).add(reply);
        }
        return this;
    }

    /** Answers every run of {@code action} with {@code reply}, unless a queued one comes first. */
    public FakeActionKit onRun(String action, Reply reply) {
        runReplies.put(action, reply);
        return this;
    }

    /** Answers runs that nothing else answers. */
    public FakeActionKit defaultRun(Function<RecordedRequest, Reply> responder) {
        this.defaultRun = Objects.requireNonNull(responder, "responder == null");
        return this;
    }

    /** Returns every request received so far, in arrival order. */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** Returns the runs received so far, in arrival order. */
    public List<RecordedRequest> runs() {
        return requests.stream().filter(request -> request.method().equals("POST")).toList();
    }

    /** Returns the listings received so far, in arrival order. */
    public List<RecordedRequest> listings() {
        return requests.stream().filter(request -> request.method().equals("GET")).toList();
    }

    /**
     * Records requests from now on, or stops: a benchmark's server answers millions of runs,
     * and a record of them would grow without bound and cost the server more each time.
     */
    public FakeActionKit recordRequests(boolean record) {
        this.recording = record;
        return this;
    }

    /** Forgets the recorded requests. */
    public void clearRequests() {
        requests.clear();
    }

    /** Stops the server at once and ends its threads. */
    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            RecordedRequest request = new RecordedRequest(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(),
                    Objects.requireNonNullElse(exchange.getRequestURI().getRawQuery(), ""),
                    exchange.getRequestHeaders(),
                    exchange.getRequestBody().readAllBytes());
            if (recording) {
                requests.add(request);
            }
            send(exchange, answer(request));
        }
    }

    private Reply answer(RecordedRequest request) {
        String base = "/projects/" + projectId + "/";
        if (!request.path().equals(base + "actions") && !request.path().equals(base + "tools")) {
            return Reply.json(404, "{\"message\": \"Project not found.\", \"code\": \"40400\", "
                    + "\"status\": 404, \"meta\": {\"requestId\": \"req-404\"}}");
        }
        if (!acceptedTokens.isEmpty()
                && !request.bearerToken().map(acceptedTokens::contains).orElse(false)) {
            return Reply.json(401, "{\"message\": \"Unauthorized: invalid or expired token.\", "
                    + "\"code\": \"40100\", \"status\": 401, "
                    + "\"meta\": {\"requestId\": \"req-401\"}}");
        }
        return switch (request.method()) {
            case "GET" -> listReply(request);
            case "POST" -> runReply(request);
            default -> Reply.json(405, "{\"message\": \"Method not allowed.\", \"status\": 405}");
        };
    }

    private Reply listReply(RecordedRequest request) {
        synchronized (listQueue) {
            Reply queued = listQueue.poll();
            if (queued != null) {
                return queued;
            }
        }
        Reply fixed = listReply;
        if (fixed != null) {
            return fixed;
        }
        byte[] own = request.bearerToken().map(catalogsByToken::get).orElse(null);
        return Reply.of(200, "application/json; charset=utf-8", own != null ? own : catalog);
    }

    private Reply runReply(RecordedRequest request) {
        String action;
        try {
            action = request.actionName().orElse("");
        } catch (UncheckedIOException e) {
            return Reply.json(400, "{\"message\": \"Request body is not JSON.\", \"status\": 400}");
        }
        synchronized (runQueues) {
            Deque<Reply> queue = runQueues.get(action);
            if (queue != null && !queue.isEmpty()) {
                return queue.poll();
            }
        }
        Reply fixed = runReplies.get(action);
        return fixed != null ? fixed : defaultRun.apply(request);
    }

    private void send(HttpExchange exchange, Reply reply) throws IOException {
        if (!reply.delay().isZero()) {
            try {
                Thread.sleep(reply.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (reply.fault() == Reply.Fault.CLOSE_BEFORE_ANSWER) {
            throw new IOException("closing the connection without an answer, as scripted");
        }
        if (reply.fault() == Reply.Fault.STALL_BEFORE_ANSWER) {
            stallUntilClosed();
            return;
        }
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        if (reply.streamed().isPresent()) {
            exchange.sendResponseHeaders(reply.status(), 0);
            try (OutputStream out = exchange.getResponseBody()) {
                reply.streamed().get().writeTo(out);
            }
            return;
        }
        byte[] body = reply.body();
        if (reply.fault() == Reply.Fault.CLOSE_MID_BODY
                || reply.fault() == Reply.Fault.STALL_MID_BODY) {
            exchange.sendResponseHeaders(reply.status(), body.length);
            OutputStream out = exchange.getResponseBody();
            out.write(body, 0, body.length / 2);
            out.flush();
            if (reply.fault() == Reply.Fault.STALL_MID_BODY) {
                stallUntilClosed();
            }
            throw new IOException("closing the connection mid-body, as scripted");
        }
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Holds the connection, sending nothing, until {@link #close()}. */
    private void stallUntilClosed() {
        try {
            closing.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Returns the requests as text, for assertion messages. Tokens are masked. */
    @Override
    public String toString() {
        List<String> lines = new ArrayList<>();
        for (RecordedRequest request : requests) {
            lines.add(request.method() + " " + request.path());
        }
        return "FakeActionKit{" + baseUrl() + ", requests=" + lines + "}";
    }
}
