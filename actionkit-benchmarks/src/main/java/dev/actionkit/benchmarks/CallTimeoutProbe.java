package dev.actionkit.benchmarks;

import dev.actionkit.runtime.ActionKitClient;
import dev.actionkit.testkit.FakeActionKit;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * What a blocking call costs with and without its {@code callTimeout}, beside a hand-written
 * {@link HttpClient} call, against the testkit's loopback server: the mean time of 3,000 calls
 * after 2,000 warm-up calls, three rounds. A cheaper cross-check of {@link RunCallBenchmark} for
 * one question: does bounding a call cost a thread hop?
 *
 * <p>Run: {@code java -Dsun.net.httpserver.nodelay=true -cp
 * actionkit-benchmarks/target/benchmarks.jar dev.actionkit.benchmarks.CallTimeoutProbe}
 */
public final class CallTimeoutProbe {

    private static final String ACTION = "SLACK_SEND_MESSAGE";

    private CallTimeoutProbe() {}

    /** Prints one line per client and round. */
    public static void main(String[] args) throws Exception {
        try (FakeActionKit server = RunCallBenchmark.server()) {
            Map<String, Object> params = Map.of("channel", "#general", "message", "Hello");
            ActionKitClient bounded = ActionKitClient.builder().baseUrl(server.baseUrl())
                    .projectId("bench").build().forUser("probe-token");
            ActionKitClient unbounded = ActionKitClient.builder().baseUrl(server.baseUrl())
                    .projectId("bench").noCallTimeout().build().forUser("probe-token");
            HttpClient http = HttpClient.newHttpClient();
            URI uri = URI.create(server.baseUrl() + "/projects/bench/actions");
            byte[] body = ("{\"action\":\"" + ACTION + "\",\"parameters\":{\"channel\":"
                    + "\"#general\",\"message\":\"Hello\"}}").getBytes(StandardCharsets.UTF_8);
            for (int round = 1; round <= 3; round++) {
                time(round, "callTimeout (default)", () -> bounded.run(ACTION, params));
                time(round, "noCallTimeout()", () -> unbounded.run(ACTION, params));
                time(round, "hand-written", () -> http.send(HttpRequest.newBuilder(uri)
                        .header("Authorization", "Bearer probe-token")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        HttpResponse.BodyHandlers.ofByteArray()));
            }
        }
    }

    private interface Call {
        Object call() throws Exception;
    }

    private static void time(int round, String label, Call call) throws Exception {
        for (int i = 0; i < 2_000; i++) {
            call.call();
        }
        int calls = 3_000;
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            call.call();
        }
        System.out.printf(Locale.ROOT, "round=%d client=\"%s\" micros_per_call=%.1f%n", round,
                label, (System.nanoTime() - start) / 1_000.0 / calls);
    }
}
