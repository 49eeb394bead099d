package dev.actionkit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.Reply;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("callTimeout bounds a whole call: attempts, bodies and the waits between them")
class CallTimeoutTest {

    private static final String ACTION = "GOOGLE_DRIVE_DOWNLOAD_FILE";
    private static final Duration CALL_TIMEOUT = Duration.ofMillis(500);
    /** Shorter than {@link #CALL_TIMEOUT}: attempts are then sent on the calling thread. */
    private static final Duration ON_THREAD_CONNECT_TIMEOUT = Duration.ofMillis(200);
    private static final Reply CATALOG = Reply.json(200, "{\"actions\": {\"slack\": [{\"type\":"
            + " \"function\", \"function\": {\"name\": \"SLACK_SEND_MESSAGE\", \"parameters\":"
            + " {\"type\": \"object\"}}}]}, \"errors\": []}");

    private final FakeActionKit server = FakeActionKit.start();
    private final RecordingSleeper sleeper = new RecordingSleeper();

    /**
     * Makes a run and a listing with a client without deadline: the first calls of a fresh JVM
     * load the HTTP client's classes, which can take longer than a short deadline.
     */
    @BeforeAll
    static void warmUp() {
        try (FakeActionKit warm = FakeActionKit.start()) {
            warm.onList(CATALOG);
            ActionKitClient client = TestClients.client(warm, new RecordingSleeper());
            client.listActions();
            client.runAsync(ACTION, Map.of()).join();
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    @DisplayName("a listing whose body stalls after the headers fails at callTimeout, not never")
    void stalledBody() {
        // given (the request timeout alone stops counting once the headers arrive)
        ActionKitClient client = TestClients.builder(server, sleeper)
                .callTimeout(CALL_TIMEOUT).build();
        server.onList(CATALOG.withFault(Reply.Fault.STALL_MID_BODY));

        // when
        long start = System.nanoTime();
        ActionKitTransportException e = assertThrows(ActionKitTransportException.class,
                client::listActions);

        // then
        assertThat(e).hasMessage("GET /actions failed: no complete answer within 500 ms"
                + " (callTimeout)");
        assertThat(e.isTimeout()).isTrue();
        assertThat(e.isBodyTooLarge()).isFalse();
        assertThat(elapsedMillis(start)).isBetween(450L, 3_000L);
        assertThat(server.listings()).hasSize(1);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    @DisplayName("a listing that gets no answer is not sent again once the call is out of time")
    void noAnswer() {
        // given
        ActionKitClient client = TestClients.builder(server, sleeper)
                .requestTimeout(Duration.ofSeconds(30)).callTimeout(CALL_TIMEOUT).build();
        server.onList(Reply.fault(Reply.Fault.STALL_BEFORE_ANSWER));

        // when
        ActionKitTransportException e = assertThrows(ActionKitTransportException.class,
                client::listActions);

        // then
        assertThat(e).hasMessage("GET /actions failed: no complete answer within 500 ms"
                + " (callTimeout)");
        assertThat(server.listings()).hasSize(1);
    }

    @Test
    @DisplayName("a retry whose wait would end past callTimeout is not made: the answer is thrown")
    void waitPastTheDeadline() {
        // given
        ActionKitClient client = TestClients.builder(server, sleeper)
                .retryPolicy(new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(1),
                        Duration.ofSeconds(30)))
                .callTimeout(CALL_TIMEOUT).build();
        server.enqueueList(Reply.html(502, "<h1>Bad Gateway</h1>"));
        server.enqueueList(Reply.json(429, "{\"message\": \"Slow down\"}")
                .withHeader("Retry-After", "1"));

        // when
        ActionKitApiException gateway = assertThrows(ActionKitApiException.class,
                client::listActions);
        ActionKitApiException rateLimited = assertThrows(ActionKitApiException.class,
                client::listActions);

        // then
        assertThat(gateway.status()).isEqualTo(502);
        assertThat(rateLimited.status()).isEqualTo(429);
        assertThat(server.listings()).hasSize(2);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    @DisplayName("retries within callTimeout are made as usual")
    void retriesWithin() {
        // given
        ActionKitClient client = TestClients.builder(server, sleeper)
                .callTimeout(Duration.ofSeconds(10)).build();
        server.enqueueList(Reply.html(503, "unavailable"));
        server.enqueueList(CATALOG.withFault(Reply.Fault.CLOSE_MID_BODY));
        server.onList(CATALOG);

        // when
        int actions = client.listActions().actionCount();

        // then
        assertThat(actions).isEqualTo(1);
        assertThat(server.listings()).hasSize(3);
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    @DisplayName("an async run whose body stalls fails at callTimeout, saying it may have run")
    void asyncRunStalls() throws Exception {
        // given
        ActionKitClient client = TestClients.builder(server, sleeper)
                .callTimeout(CALL_TIMEOUT).build();
        server.enqueueRun(ACTION, Reply.of(200, "application/octet-stream", new byte[4096])
                .withFault(Reply.Fault.STALL_MID_BODY));

        // when
        CompletableFuture<ActionResult> run = client.runAsync(ACTION, Map.of());
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> run.get(5, TimeUnit.SECONDS));

        // then
        assertThat(e.getCause()).isInstanceOf(ActionKitTransportException.class)
                .hasMessage(ACTION + " failed: no complete answer within 500 ms (callTimeout);"
                        + " the action may have run, so it was not retried");
        assertThat(((ActionKitTransportException) e.getCause()).isTimeout()).isTrue();
        assertThat(server.runs()).hasSize(1);
    }

    @Test
    @DisplayName("a run whose body stalls fails at callTimeout when it is sent on the calling "
            + "thread (connect timeout shorter than the time left)")
    void stalledBodyOnTheCallingThread() {
        // given (a connect timeout within the deadline: the attempt is sent on this thread)
        ActionKitClient client = TestClients.builder(server, sleeper)
                .connectTimeout(ON_THREAD_CONNECT_TIMEOUT).callTimeout(CALL_TIMEOUT).build();
        server.enqueueRun(ACTION, Reply.of(200, "application/octet-stream", new byte[4096])
                .withFault(Reply.Fault.STALL_MID_BODY));

        // when
        long start = System.nanoTime();
        ActionKitTransportException e = assertThrows(ActionKitTransportException.class,
                () -> client.run(ACTION, Map.of()));

        // then
        assertThat(e).hasMessage(ACTION + " failed: no complete answer within 500 ms"
                + " (callTimeout); the action may have run, so it was not retried");
        assertThat(e.isTimeout()).isTrue();
        assertThat(elapsedMillis(start)).isBetween(450L, 3_000L);
        assertThat(server.runs()).hasSize(1);
    }

    @Test
    @DisplayName("a listing that gets no headers fails at callTimeout, not at the longer request "
            + "timeout, when it is sent on the calling thread")
    void noAnswerOnTheCallingThread() {
        // given
        ActionKitClient client = TestClients.builder(server, sleeper)
                .connectTimeout(ON_THREAD_CONNECT_TIMEOUT).requestTimeout(Duration.ofSeconds(30))
                .callTimeout(CALL_TIMEOUT).build();
        server.onList(Reply.fault(Reply.Fault.STALL_BEFORE_ANSWER));

        // when
        long start = System.nanoTime();
        ActionKitTransportException e = assertThrows(ActionKitTransportException.class,
                client::listActions);

        // then
        assertThat(e).hasMessage("GET /actions failed: no complete answer within 500 ms"
                + " (callTimeout)");
        assertThat(e.isTimeout()).isTrue();
        assertThat(elapsedMillis(start)).isBetween(450L, 3_000L);
        assertThat(server.listings()).hasSize(1);
    }

    @Test
    @DisplayName("a listing sent on the calling thread reads a whole answer, and a request "
            + "timeout shorter than the deadline still applies to it")
    void onTheCallingThreadInTime() {
        // given
        ActionKitClient client = TestClients.builder(server, sleeper)
                .connectTimeout(ON_THREAD_CONNECT_TIMEOUT).requestTimeout(Duration.ofMillis(300))
                .retryPolicy(RetryPolicy.none()).callTimeout(Duration.ofSeconds(10)).build();
        server.enqueueList(CATALOG);
        server.enqueueList(Reply.fault(Reply.Fault.STALL_BEFORE_ANSWER));

        // when
        int actions = client.listActions().actionCount();
        long start = System.nanoTime();
        ActionKitTransportException e = assertThrows(ActionKitTransportException.class,
                client::listActions);

        // then
        assertThat(actions).isEqualTo(1);
        assertThat(e.isTimeout()).isTrue();
        assertThat(e.getMessage()).doesNotContain("callTimeout");
        assertThat(elapsedMillis(start)).isBetween(250L, 5_000L);
    }

    @Test
    @DisplayName("a call that ends in time is not touched by its deadline")
    void inTime() throws Exception {
        // given
        ActionKitClient client = TestClients.builder(server, sleeper)
                .callTimeout(Duration.ofSeconds(1)).build();
        server.onList(CATALOG);

        // when (the second call starts after the first one's deadline has passed)
        ActionResult run = client.runAsync(ACTION, Map.of()).get(5, TimeUnit.SECONDS);
        Thread.sleep(1_200);
        int actions = client.listActions().actionCount();

        // then
        assertThat(run.status()).isEqualTo(200);
        assertThat(actions).isEqualTo(1);
    }

    private static long elapsedMillis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
