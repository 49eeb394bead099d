package dev.actionkit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.Reply;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An async run makes the same decisions as a blocking one and can be cancelled")
class AsyncRunTest {

    private static final String ACTION = "SLACK_SEND_MESSAGE";
    private static final Reply RATE_LIMITED = Reply.json(429, "{\"message\": \"Slow down\"}");

    private FakeActionKit server;
    private RecordingSleeper sleeper;
    private ActionKitClient client;

    @BeforeEach
    void start() {
        server = FakeActionKit.start();
        sleeper = new RecordingSleeper();
        client = TestClients.client(server, sleeper);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    @DisplayName("a successful async run completes with the result")
    void success() throws Exception {
        // given
        server.enqueueRun(ACTION, Reply.json(200, "{\"ok\": true, \"ts\": \"1\"}"));

        // when
        ActionResult result = client.runAsync(ACTION, Map.of("channel", "#a"))
                .get(5, TimeUnit.SECONDS);

        // then
        assertThat(result.json().get("ts").asText()).isEqualTo("1");
        assertThat(server.runs().get(0).json().get("parameters").get("channel").asText())
                .isEqualTo("#a");
    }

    @Test
    @DisplayName("an error answer fails the future with the same exception as run()")
    void failure() {
        // given
        server.enqueueRun(ACTION, Reply.of(500, "application/json",
                TestClients.testdata("paragon/run-error-500.json")));
        CompletableFuture<ActionResult> future = client.runAsync(ACTION, Map.of());

        // when
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> future.get(5, TimeUnit.SECONDS));

        // then
        assertThat(e.getCause()).isInstanceOf(ActionKitApiException.class)
                .hasMessageStartingWith("SLACK_SEND_MESSAGE failed: HTTP 500, code 41070");
        CompletionException joined = assertThrows(CompletionException.class, future::join);
        assertThat(joined.getCause()).isSameAs(e.getCause());
        assertThat(server.runs()).hasSize(1);
    }

    @Test
    @DisplayName("an async 429 waits through the sleeper, then succeeds")
    void retriesThroughSleeper() throws Exception {
        // given
        server.enqueueRun(ACTION, RATE_LIMITED.withHeader("Retry-After", "3"));

        // when
        ActionResult result = client.runAsync(ACTION, Map.of()).get(5, TimeUnit.SECONDS);

        // then
        assertThat(result.status()).isEqualTo(200);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(3));
        assertThat(server.runs()).hasSize(2);
    }

    @Test
    @DisplayName("with the real sleeper an async retry waits on a timer, not on a thread")
    void retriesOnTimer() throws Exception {
        // given
        ActionKitClient real = TestClients.builder(server, Sleeper.SYSTEM).build();
        server.enqueueRun(ACTION, RATE_LIMITED.withHeader("Retry-After", "0"));
        server.enqueueRun(ACTION, RATE_LIMITED);

        // when
        ActionResult result = real.runAsync(ACTION, Map.of()).get(5, TimeUnit.SECONDS);

        // then: Retry-After 0, then the 100 ms backoff, then success
        assertThat(result.status()).isEqualTo(200);
        assertThat(server.runs()).hasSize(3);
    }

    @Test
    @DisplayName("an async run against a closed port retries, then fails as a transport error")
    void refused() {
        // given
        int port = TestClients.closedPort();
        ActionKitClient nowhere = ActionKitClient.builder()
                .baseUrl("http://localhost:" + port).projectId("p").token(TestClients.TOKEN)
                .retryPolicy(TestClients.RETRIES).sleeper(sleeper).build();

        // when
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> nowhere.runAsync(ACTION, Map.of()).get(5, TimeUnit.SECONDS));

        // then
        assertThat(e.getCause()).isInstanceOf(ActionKitTransportException.class)
                .hasMessage("SLACK_SEND_MESSAGE failed: could not connect to http://localhost:"
                        + port + " (3 attempts)");
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    @DisplayName("cancelling during the wait between attempts stops any further attempt")
    void cancelDuringWait() throws Exception {
        // given
        CountDownLatch waiting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Sleeper blocking = duration -> {
            waiting.countDown();
            release.await(5, TimeUnit.SECONDS);
        };
        ActionKitClient held = TestClients.builder(server, blocking).build();
        server.onRun(ACTION, RATE_LIMITED);
        CompletableFuture<ActionResult> future = held.runAsync(ACTION, Map.of());
        assertThat(waiting.await(5, TimeUnit.SECONDS)).isTrue();

        // when
        boolean cancelled = future.cancel(true);
        release.countDown();

        // then
        assertThat(cancelled).isTrue();
        assertThat(future).isCancelled();
        Thread.sleep(300);
        assertThat(server.runs()).hasSize(1);
    }

    @Test
    @DisplayName("cancelling while a request is in flight stops any further attempt")
    void cancelInFlight() throws Exception {
        // given
        server.onRun(ACTION, RATE_LIMITED.after(Duration.ofMillis(300)));
        CompletableFuture<ActionResult> future = client.runAsync(ACTION, Map.of());
        awaitTrue(() -> server.runs().size() == 1);

        // when
        future.cancel(true);

        // then
        Thread.sleep(600);
        assertThat(future).isCancelled();
        assertThat(server.runs()).hasSize(1);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    @DisplayName("a run without a token fails at once, not in the future")
    void noTokenFailsAtOnce() {
        // given
        ActionKitClient anonymous = ActionKitClient.builder()
                .baseUrl(server.baseUrl()).projectId("p").build();

        // when
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> anonymous.runAsync(ACTION, Map.of()));

        // then
        assertThat(e).hasMessageStartingWith("no token");
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
