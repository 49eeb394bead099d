package dev.actionkit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.RecordedRequest;
import dev.actionkit.testkit.Reply;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Under load, with a server that is slow and fails, every run happens exactly once")
class RuntimeUnderLoadTest {

    private static final int CALLS = 1_000;
    private static final int USERS = 50;

    private final FakeActionKit server = FakeActionKit.start();
    private final Map<Integer, AtomicInteger> executions = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicInteger> attempts = new ConcurrentHashMap<>();

    @AfterEach
    void stop() {
        server.close();
    }

    /**
     * Call {@code n}: waits 0 to 29 ms; {@code n % 10 == 3} fails with a 500 (it ran, so it must
     * not be retried); {@code n % 10 == 7} is refused once with a 429 (it did not run, so it is
     * retried). Everything else succeeds.
     */
    private Reply answer(RecordedRequest request) {
        int call = request.json().at("/parameters/call").asInt();
        int attempt = attempts.computeIfAbsent(call, k -> new AtomicInteger()).incrementAndGet();
        Duration latency = Duration.ofMillis((call * 7919L) % 30);
        if (call % 10 == 7 && attempt == 1) {
            return Reply.json(429, "{\"message\": \"Too many requests\"}")
                    .withHeader("Retry-After", "0").after(latency);
        }
        executions.computeIfAbsent(call, k -> new AtomicInteger()).incrementAndGet();
        if (call % 10 == 3) {
            return Reply.json(500, "{\"message\": \"provider failed\", \"code\": \"41070\"}")
                    .after(latency);
        }
        return Reply.json(200, "{\"call\": " + call + ", \"token\": \""
                + request.bearerToken().orElse("") + "\"}").after(latency);
    }

    @Test
    @DisplayName("1,000 concurrent runs for 50 users: no token crossing, no lost or repeated run, no busy thread left")
    void thousandConcurrentRuns() throws Exception {
        // given
        server.defaultRun(this::answer);
        ThreadPoolExecutor httpThreads = (ThreadPoolExecutor) Executors.newFixedThreadPool(8);
        ActionKitClient shared = ActionKitClient.builder()
                .baseUrl(server.baseUrl())
                .projectId(server.projectId())
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50),
                        Duration.ofSeconds(5)))
                .httpClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .executor(httpThreads).build())
                .build();
        List<CompletableFuture<ActionResult>> calls = new ArrayList<>();

        // when
        for (int call = 0; call < CALLS; call++) {
            String user = "user-" + (call % USERS);
            calls.add(shared.forUser("token-of-" + user)
                    .runAsync("SLACK_SEND_MESSAGE", Map.of("call", call, "user", user)));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new))
                .handle((ignored, failure) -> null).get(60, TimeUnit.SECONDS);

        // then: each caller got its own answer, or the 500 of its own run
        int succeeded = 0;
        int failed = 0;
        for (int call = 0; call < CALLS; call++) {
            try {
                var answer = calls.get(call).join().json();
                assertThat(answer.get("call").asInt()).isEqualTo(call);
                assertThat(answer.get("token").asText()).isEqualTo("token-of-user-" + (call % USERS));
                succeeded++;
            } catch (CompletionException e) {
                assertThat(call % 10).isEqualTo(3);
                assertThat(e.getCause()).isInstanceOf(ActionKitApiException.class)
                        .hasMessage("SLACK_SEND_MESSAGE failed: HTTP 500, code 41070: provider failed");
                failed++;
            }
        }
        assertThat(succeeded).isEqualTo(900);
        assertThat(failed).isEqualTo(100);
        // and every run was executed exactly once; refused ones were sent exactly twice
        assertThat(executions).hasSize(CALLS);
        assertThat(executions.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        attempts.forEach((call, count) -> assertThat(count.get()).isEqualTo(call % 10 == 7 ? 2 : 1));
        // and no request carried another user's token
        for (RecordedRequest run : server.runs()) {
            String user = run.json().at("/parameters/user").asText();
            assertThat(run.bearerToken()).contains("token-of-" + user);
        }
        // and no HTTP thread is left busy
        httpThreads.shutdown();
        assertThat(httpThreads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    @DisplayName("an interrupted blocking run returns at once, says so and keeps the interrupt")
    void interruptIsHonoured() throws Exception {
        // given
        server.onRun("SLOW_ACTION", Reply.json(200, "{}").after(Duration.ofSeconds(10)));
        ActionKitClient client = ActionKitClient.builder().baseUrl(server.baseUrl())
                .projectId(server.projectId()).token("token-of-ada").build();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
        ExecutorService caller = Executors.newSingleThreadExecutor();

        // when
        var running = caller.submit(() -> {
            try {
                client.run("SLOW_ACTION", Map.of());
            } catch (RuntimeException e) {
                thrown.set(e);
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            }
        });
        Thread.sleep(300);
        long start = System.nanoTime();
        caller.shutdownNow();
        running.get(5, TimeUnit.SECONDS);
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        // then
        assertThat(tookMillis).isLessThan(5_000);
        assertThat(thrown.get()).isInstanceOf(ActionKitTransportException.class)
                .hasMessageContaining("SLOW_ACTION").hasMessageContaining("interrupted");
        assertThat(stillInterrupted.get()).isTrue();
    }
}
