package dev.actionkit.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.actionkit.runtime.ActionKitClient;
import dev.actionkit.runtime.ActionKitObserver;
import dev.actionkit.runtime.ActionResult;
import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.Reply;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The client-side cost of one typed run against a loopback server: parameters to JSON, the
 * request, the response to a result. {@code actionKitClient} is ours; {@code handWritten} is what
 * a team would write by hand with {@link HttpClient} and Jackson, the baseline;
 * {@code observedClient} is ours with an {@link ActionKitObserver} that counts calls, to show what
 * observing costs (and, against {@code actionKitClient}, that not observing costs nothing).
 *
 * <p>The fork runs with {@code -Dsun.net.httpserver.nodelay=true}: otherwise Nagle's algorithm
 * and delayed ACKs hold back every exchange with the loopback server and hide the client's own
 * cost.
 *
 * <p>Run: {@code java -jar actionkit-benchmarks/target/benchmarks.jar RunCallBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
public class RunCallBenchmark {

    private static final String ACTION = "SLACK_SEND_MESSAGE";
    private static final String TOKEN = "benchmark-token";
    private static final byte[] ANSWER = ("{\"ok\":true,\"channel\":\"CSQCUNXBP\",\"ts\":\"1739896301.4188\","
            + "\"message\":{\"type\":\"message\",\"text\":\"Hello\",\"user\":\"U0101SYAC07\"}}")
            .getBytes(StandardCharsets.UTF_8);

    private FakeActionKit server;
    private ActionKitClient client;
    private ActionKitClient observed;
    private final LongAdder observedCalls = new LongAdder();
    private HttpClient http;
    private ObjectMapper mapper;
    private URI runUri;
    private SendMessageParams params;

    @Setup(Level.Trial)
    public void start() {
        server = server();
        client = ActionKitClient.builder().baseUrl(server.baseUrl()).projectId("bench").build()
                .forUser(TOKEN);
        ActionKitObserver counting = call -> outcome -> observedCalls.increment();
        observed = ActionKitClient.builder().baseUrl(server.baseUrl()).projectId("bench")
                .observer(counting).build().forUser(TOKEN);
        http = HttpClient.newHttpClient();
        mapper = new ObjectMapper();
        runUri = URI.create(server.baseUrl() + "/projects/bench/actions");
        params = new SendMessageParams();
        params.channel = "#general";
        params.message = "Hello from the benchmark";
        params.botName = "Bench bot";
    }

    /**
     * The testkit's loopback ActionKit, answering every run at once with {@link #ANSWER} and
     * recording nothing, so that the benchmark measures the client and not the server's record.
     */
    static FakeActionKit server() {
        return FakeActionKit.start("bench", 0).recordRequests(false)
                .defaultRun(request -> Reply.of(200, "application/json", ANSWER));
    }

    @TearDown(Level.Trial)
    public void stop() {
        server.close();
    }

    /** Ours: the generated code's call. */
    @Benchmark
    public ActionResult actionKitClient() {
        return client.run(ACTION, params);
    }

    /** Ours, with an observer that counts each call's outcome. */
    @Benchmark
    public ActionResult observedClient() {
        return observed.run(ACTION, params);
    }

    /** The baseline: a hand-written HttpClient + Jackson call with the same request and body. */
    @Benchmark
    public byte[] handWritten() throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("action", ACTION);
        body.put("parameters", params);
        HttpRequest request = HttpRequest.newBuilder(runUri)
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body)))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("HTTP " + response.statusCode());
        }
        return response.body();
    }
}
