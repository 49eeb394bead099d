package dev.actionkit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An observer sees every run and listing, with its outcome, and never a secret")
class ObserverTest {

    private static final String ACTION = "SLACK_SEND_MESSAGE";
    private static final Reply OK = Reply.json(200, "{\"ok\": true}");
    private static final Reply RATE_LIMITED =
            Reply.json(429, "{\"message\": \"Too many requests\", \"status\": 429}");
    private static final String SECRET_PARAMETER = "secret-parameter-value-4711";

    private final FakeActionKit server = FakeActionKit.start();
    private final Recorder recorder = new Recorder();

    @AfterEach
    void stop() {
        server.close();
    }

    private ActionKitClient client() {
        return TestClients.builder(server, new RecordingSleeper())
                .observer(recorder)
                .actions(List.of(new ActionDescriptor("slack", ACTION, "Send", "{}")))
                .build();
    }

    @Test
    @DisplayName("a successful run is seen with its name, integration, one attempt and status")
    void successfulRun() {
        // given
        server.enqueueRun(ACTION, OK);

        // when
        client().forUser("user-token-1").run(ACTION, Map.of("message", SECRET_PARAMETER));

        // then
        assertThat(recorder.calls).containsExactly(
                new ActionCall(ACTION, ActionCall.Kind.RUN, "slack"));
        ActionCallOutcome outcome = recorder.single();
        assertThat(outcome.type()).isEqualTo(ActionCallOutcome.Type.SUCCESS);
        assertThat(outcome.attempts()).isEqualTo(1);
        assertThat(outcome.httpStatus()).hasValue(200);
        assertThat(outcome.code()).isEmpty();
        assertThat(outcome.duration()).isPositive();
        assertThat(recorder.toString()).doesNotContain(TestClients.TOKEN, "user-token-1",
                SECRET_PARAMETER);
    }

    @Test
    @DisplayName("a run retried after a 429 counts both attempts")
    void retriedRun() {
        // given
        server.enqueueRun(ACTION, RATE_LIMITED.withHeader("Retry-After", "0"));
        server.enqueueRun(ACTION, OK);

        // when
        client().run(ACTION, Map.of());

        // then
        assertThat(recorder.single().attempts()).isEqualTo(2);
    }

    @Test
    @DisplayName("an API error is seen with its status and ActionKit code")
    void apiError() {
        // given
        server.enqueueRun(ACTION, Reply.json(500, "{\"message\": \"boom\", \"code\": \"41070\","
                + " \"status\": 500}"));

        // when
        assertThrows(ActionKitApiException.class, () -> client().run(ACTION, Map.of()));

        // then
        ActionCallOutcome outcome = recorder.single();
        assertThat(outcome.type()).isEqualTo(ActionCallOutcome.Type.API_ERROR);
        assertThat(outcome.httpStatus()).hasValue(500);
        assertThat(outcome.code()).hasValue("41070");
    }

    @Test
    @DisplayName("an action the client does not know is seen without an integration")
    void unknownIntegration() {
        // given
        server.enqueueRun("GMAIL_SEND_EMAIL", OK);

        // when
        client().run("GMAIL_SEND_EMAIL", Map.of());

        // then
        assertThat(recorder.calls.get(0).integrationKey()).isEmpty();
    }

    @Test
    @DisplayName("a refused connection is a transport error with no status")
    void transportError() {
        // given
        ActionKitClient client = ActionKitClient.builder()
                .baseUrl("http://127.0.0.1:" + TestClients.closedPort())
                .projectId("p").token(TestClients.TOKEN).observer(recorder)
                .retryPolicy(RetryPolicy.none()).build();

        // when
        assertThrows(ActionKitTransportException.class, () -> client.run(ACTION, Map.of()));

        // then
        ActionCallOutcome outcome = recorder.single();
        assertThat(outcome.type()).isEqualTo(ActionCallOutcome.Type.TRANSPORT_ERROR);
        assertThat(outcome.httpStatus()).isEmpty();
        assertThat(outcome.attempts()).isEqualTo(1);
    }

    @Test
    @DisplayName("a run that outlasts its request timeout is seen as a timeout")
    void timeout() {
        // given
        server.enqueueRun(ACTION, OK.after(Duration.ofSeconds(3)));
        ActionKitClient client = TestClients.builder(server, new RecordingSleeper())
                .requestTimeout(Duration.ofMillis(200)).observer(recorder).build();

        // when
        assertThrows(ActionKitTransportException.class, () -> client.run(ACTION, Map.of()));

        // then
        assertThat(recorder.single().type()).isEqualTo(ActionCallOutcome.Type.TIMEOUT);
    }

    @Test
    @DisplayName("an async run is seen when its future completes, API errors included")
    void asyncRun() throws Exception {
        // given
        server.enqueueRun(ACTION, Reply.json(404, "{\"message\": \"no\"}"));

        // when
        CompletableFuture<ActionResult> future = client().runAsync(ACTION, Map.of());

        // then
        assertThrows(CompletionException.class, future::join);
        assertThat(recorder.ended.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(recorder.single().type()).isEqualTo(ActionCallOutcome.Type.API_ERROR);
        assertThat(recorder.single().httpStatus()).hasValue(404);
    }

    @Test
    @DisplayName("a cancelled async run is seen as cancelled")
    void cancelledRun() throws Exception {
        // given
        server.enqueueRun(ACTION, OK.after(Duration.ofSeconds(3)));

        // when
        client().runAsync(ACTION, Map.of()).cancel(true);

        // then
        assertThat(recorder.ended.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(recorder.single().type()).isEqualTo(ActionCallOutcome.Type.CANCELLED);
    }

    @Test
    @DisplayName("a listing is seen as GET /actions, and a 2xx that is not a catalog as an error")
    void listing() {
        // given
        server.enqueueList(Reply.json(200, "{\"actions\": {}, \"errors\": []}"));
        server.enqueueList(Reply.json(200, "[1, 2]"));
        ActionKitClient client = client();

        // when
        client.listActions();
        assertThrows(CatalogFormatException.class, client::listActions);

        // then
        assertThat(recorder.calls).containsOnly(
                new ActionCall("GET /actions", ActionCall.Kind.LIST, null));
        assertThat(recorder.outcomes).extracting(ActionCallOutcome::type).containsExactly(
                ActionCallOutcome.Type.SUCCESS, ActionCallOutcome.Type.ERROR);
    }

    @Test
    @DisplayName("an observer that throws does not change the call")
    void failingObserver() {
        // given
        server.enqueueRun(ACTION, OK);
        server.enqueueRun(ACTION, OK);
        ActionKitObserver failsAtStart = call -> {
            throw new IllegalStateException("observer bug");
        };
        ActionKitObserver failsAtEnd = call -> outcome -> {
            throw new IllegalStateException("observer bug");
        };

        // when
        ActionResult first = TestClients.builder(server, new RecordingSleeper())
                .observer(failsAtStart).build().run(ACTION, Map.of());
        ActionResult second = TestClients.builder(server, new RecordingSleeper())
                .observer(failsAtEnd).build().run(ACTION, Map.of());

        // then
        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
    }

    @Test
    @DisplayName("a client without an observer observes nothing")
    void noObserver() {
        // given
        ActionKitClient client = TestClients.client(server, new RecordingSleeper());

        // when
        ObservedCall observed = ObservedCall.start(null, Map.of(), ACTION, ActionCall.Kind.RUN);

        // then
        assertThat(observed).isSameAs(ObservedCall.NONE);
        assertThat(client.toString()).doesNotContain("observer");
    }

    /** Records what it sees; {@code ended} opens at the first outcome. */
    private static final class Recorder implements ActionKitObserver {
        final List<ActionCall> calls = new CopyOnWriteArrayList<>();
        final List<ActionCallOutcome> outcomes = new CopyOnWriteArrayList<>();
        final CountDownLatch ended = new CountDownLatch(1);

        @Override
        public Call started(ActionCall call) {
            calls.add(call);
            return outcome -> {
                outcomes.add(outcome);
                ended.countDown();
            };
        }

        ActionCallOutcome single() {
            assertThat(outcomes).hasSize(1);
            return outcomes.get(0);
        }

        @Override
        public String toString() {
            return calls + " " + outcomes;
        }
    }
}
