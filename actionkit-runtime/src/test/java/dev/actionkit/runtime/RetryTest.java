package dev.actionkit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.Reply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Retries happen only where no side effect can be duplicated")
class RetryTest {

    private static final String ACTION = "SLACK_SEND_MESSAGE";
    private static final Reply OK = Reply.json(200, "{\"ok\": true}");
    private static final Reply RATE_LIMITED =
            Reply.json(429, "{\"message\": \"Too many requests\", \"status\": 429}");

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
    @DisplayName("a 429 with Retry-After in seconds is retried after exactly that wait")
    void retryAfterSeconds() {
        // given
        server.enqueueRun(ACTION, RATE_LIMITED.withHeader("Retry-After", "2"));

        // when
        ActionResult result = client.run(ACTION, Map.of());

        // then
        assertThat(result.status()).isEqualTo(200);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2));
        assertThat(server.runs()).hasSize(2);
    }

    @Test
    @DisplayName("a 429 with Retry-After as an HTTP-date waits until that date on the clock")
    void retryAfterDate() {
        // given
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T05:00:00Z"), ZoneOffset.UTC);
        ActionKitClient timed = TestClients.builder(server, sleeper).clock(clock).build();
        server.enqueueRun(ACTION,
                RATE_LIMITED.withHeader("Retry-After", "Sun, 29 Nov 2026 05:00:07 GMT"));
        server.enqueueRun(ACTION,
                RATE_LIMITED.withHeader("Retry-After", "Sun, 29 Nov 2026 04:00:00 GMT"));

        // when
        timed.run(ACTION, Map.of());

        // then
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7), Duration.ZERO);
        assertThat(server.runs()).hasSize(3);
    }

    @Test
    @DisplayName("a Retry-After that is neither seconds nor a date falls back to the backoff")
    void unreadableRetryAfter() {
        // given
        server.enqueueRun(ACTION, RATE_LIMITED.withHeader("Retry-After", "soon"));
        server.enqueueRun(ACTION, RATE_LIMITED.withHeader("Retry-After", "99999999999999999999"));

        // when
        ActionKitApiException e = assertThrows(ActionKitApiException.class,
                () -> client.run(ACTION, Map.of()));

        // then: the absurd second wait is above the cap, so the 429 is reported
        assertThat(e.status()).isEqualTo(429);
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(100));
        assertThat(server.runs()).hasSize(2);
    }

    @Test
    @DisplayName("a 429 without Retry-After backs off, doubling, then reports the 429")
    void rateLimitedWithoutHint() {
        // given
        server.onRun(ACTION, RATE_LIMITED);

        // when
        ActionKitApiException e = assertThrows(ActionKitApiException.class,
                () -> client.run(ACTION, Map.of()));

        // then
        assertThat(e).hasMessage("SLACK_SEND_MESSAGE failed: HTTP 429: Too many requests");
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(server.runs()).hasSize(3);
    }

    @Test
    @DisplayName("a Retry-After above the cap is not waited for: the 429 is reported at once")
    void retryAfterAboveCap() {
        // given
        server.enqueueRun(ACTION, RATE_LIMITED.withHeader("Retry-After", "31"));

        // when
        ActionKitApiException e = assertThrows(ActionKitApiException.class,
                () -> client.run(ACTION, Map.of()));

        // then
        assertThat(e.status()).isEqualTo(429);
        assertThat(sleeper.waits()).isEmpty();
        assertThat(server.runs()).hasSize(1);
    }

    @Test
    @DisplayName("a 500 after sending is not retried: the server saw exactly one request")
    void serverErrorNotRetried() {
        // given
        server.onRun(ACTION, Reply.json(500, "{\"message\": \"boom\"}"));

        // when
        assertThrows(ActionKitApiException.class, () -> client.run(ACTION, Map.of()));

        // then
        assertThat(server.runs()).hasSize(1);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    @DisplayName("a 502, 503 or 504 on a run is not retried: the action may have run")
    void gatewayErrorOnRunNotRetried() {
        // given
        server.enqueueRun(ACTION, Reply.text(503, "unavailable"));

        // when
        assertThrows(ActionKitApiException.class, () -> client.run(ACTION, Map.of()));

        // then
        assertThat(server.runs()).hasSize(1);
    }

    @Test
    @DisplayName("a run that times out is reported as a timeout and not retried")
    void runTimeoutNotRetried() {
        // given
        ActionKitClient impatient = TestClients.builder(server, sleeper)
                .requestTimeout(Duration.ofMillis(200)).build();
        server.enqueueRun(ACTION, OK.after(Duration.ofSeconds(3)));

        // when
        ActionKitTransportException e = assertThrows(ActionKitTransportException.class,
                () -> impatient.run(ACTION, Map.of()));

        // then
        assertThat(e).hasMessage("SLACK_SEND_MESSAGE failed: no answer within 200 ms; "
                + "the action may have run, so it was not retried");
        assertThat(e.isTimeout()).isTrue();
        assertThat(server.runs()).hasSize(1);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    @DisplayName("a run whose connection breaks mid-answer is not retried")
    void runBrokenMidBodyNotRetried() {
        // given
        server.enqueueRun(ACTION, Reply.fault(Reply.Fault.CLOSE_MID_BODY));

        // when
        ActionKitTransportException e = assertThrows(ActionKitTransportException.class,
                () -> client.run(ACTION, Map.of()));

        // then
        assertThat(e.getMessage()).startsWith("SLACK_SEND_MESSAGE failed: the connection failed (")
                .endsWith("; the action may have run, so it was not retried");
        assertThat(e.isTimeout()).isFalse();
        assertThat(server.runs()).hasSize(1);
    }

    @Test
    @DisplayName("a refused connection is retried, then reported with the attempts made")
    void connectionRefused() {
        // given
        int port = TestClients.closedPort();
        ActionKitClient nowhere = ActionKitClient.builder()
                .baseUrl("http://127.0.0.1:" + port).projectId("p").token(TestClients.TOKEN)
                .retryPolicy(TestClients.RETRIES).sleeper(sleeper).build();

        // when
        ActionKitTransportException e = assertThrows(ActionKitTransportException.class,
                () -> nowhere.run(ACTION, Map.of()));

        // then
        assertThat(e).hasMessage("SLACK_SEND_MESSAGE failed: could not connect to "
                + "http://127.0.0.1:" + port + " (3 attempts)");
        assertThat(e.isTimeout()).isFalse();
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    @DisplayName("a listing is retried on 502, 503 and 504")
    void listingRetriesGatewayErrors() {
        // given
        ActionKitClient patient = TestClients.builder(server, sleeper)
                .retryPolicy(new RetryPolicy(4, Duration.ofMillis(100), Duration.ofMillis(150),
                        Duration.ofSeconds(1)))
                .build();
        server.enqueueList(Reply.html(502, "<h1>Bad Gateway</h1>"));
        server.enqueueList(Reply.text(503, "unavailable"));
        server.enqueueList(Reply.json(504, "{\"message\": \"timeout\"}"));

        // when
        patient.listActions();

        // then
        assertThat(server.listings()).hasSize(4);
        assertThat(sleeper.waits()).containsExactly(
                Duration.ofMillis(100), Duration.ofMillis(150), Duration.ofMillis(150));
    }

    @Test
    @DisplayName("a listing that keeps failing with 504 reports the last answer")
    void listingGivesUp() {
        // given
        for (int i = 0; i < 3; i++) {
            server.enqueueList(Reply.json(504, "{\"message\": \"Gateway timeout\"}"));
        }

        // when
        ActionKitApiException e = assertThrows(ActionKitApiException.class,
                () -> client.listActions());

        // then
        assertThat(e).hasMessage("GET /actions failed: HTTP 504: Gateway timeout");
        assertThat(server.listings()).hasSize(3);
    }

    @Test
    @DisplayName("a listing whose connection closes mid-body is retried")
    void listingRetriesBrokenBody() {
        // given
        server.enqueueList(Reply.fault(Reply.Fault.CLOSE_MID_BODY));

        // when
        client.listActions();

        // then
        assertThat(server.listings()).hasSize(2);
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(100));
    }

    @Test
    @DisplayName("a listing that gets no answer at all is sent again and succeeds")
    void listingRetriesClosedConnection() {
        // given
        server.enqueueList(Reply.fault(Reply.Fault.CLOSE_BEFORE_ANSWER));

        // when
        client.listActions();

        // then (the JDK itself resends a GET whose connection closed before any answer)
        assertThat(server.listings()).hasSize(2);
    }

    @Test
    @DisplayName("a run whose connection closes without an answer is not sent again")
    void runClosedConnectionNotRetried() {
        // given
        server.enqueueRun(ACTION, Reply.fault(Reply.Fault.CLOSE_BEFORE_ANSWER));

        // when
        ActionKitTransportException e = assertThrows(ActionKitTransportException.class,
                () -> client.run(ACTION, Map.of()));

        // then
        assertThat(e.getMessage()).startsWith("SLACK_SEND_MESSAGE failed: the connection failed (")
                .endsWith("; the action may have run, so it was not retried");
        assertThat(server.runs()).hasSize(1);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    @DisplayName("with RetryPolicy.none() even a 429 is reported at once")
    void noRetries() {
        // given
        ActionKitClient once = TestClients.builder(server, sleeper)
                .retryPolicy(RetryPolicy.none()).build();
        server.enqueueRun(ACTION, RATE_LIMITED.withHeader("Retry-After", "1"));

        // when
        assertThrows(ActionKitApiException.class, () -> once.run(ACTION, Map.of()));

        // then
        assertThat(server.runs()).hasSize(1);
        assertThat(sleeper.waits()).isEmpty();
    }
}
