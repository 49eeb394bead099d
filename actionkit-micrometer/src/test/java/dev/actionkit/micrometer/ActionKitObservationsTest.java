package dev.actionkit.micrometer;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.actionkit.runtime.ActionDescriptor;
import dev.actionkit.runtime.ActionKitApiException;
import dev.actionkit.runtime.ActionKitClient;
import dev.actionkit.runtime.RetryPolicy;
import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.Reply;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Every ActionKit call is an actionkit.action observation with low-cardinality tags")
class ActionKitObservationsTest {

    private static final String ACTION = "SLACK_SEND_MESSAGE";
    private static final String TOKEN = "tok-S3CRET-observed-never";
    private static final List<ActionDescriptor> ACTIONS =
            List.of(new ActionDescriptor("slack", ACTION, "Send a message", "{}"));

    private final FakeActionKit server = FakeActionKit.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private ActionKitClient client(ObservationRegistry registry) {
        return ActionKitClient.builder().baseUrl(server.baseUrl()).projectId(server.projectId())
                .retryPolicy(RetryPolicy.none())
                .observer(new ActionKitObservations(registry)).actions(ACTIONS).build();
    }

    @Test
    @DisplayName("a successful run is one stopped observation tagged action, integration, "
            + "outcome and status")
    void successfulRun() {
        // given
        TestObservationRegistry registry = TestObservationRegistry.create();
        server.enqueueRun(ACTION, Reply.json(200, "{\"ok\": true}"));

        // when
        client(registry).forUser(TOKEN).run(ACTION, Map.of("message", "private text"));

        // then
        assertThat(registry).hasNumberOfObservationsEqualTo(1)
                .hasSingleObservationThat()
                .hasNameEqualTo("actionkit.action")
                .hasContextualNameEqualTo(ACTION)
                .hasBeenStarted().hasBeenStopped()
                .hasLowCardinalityKeyValue("action", ACTION)
                .hasLowCardinalityKeyValue("integration", "slack")
                .hasLowCardinalityKeyValue("outcome", "success")
                .hasLowCardinalityKeyValue("status", "200")
                .hasHighCardinalityKeyValue("attempts", "1")
                .hasHighCardinalityKeyValue("code", "none");
    }

    @Test
    @DisplayName("an API error is tagged api_error with its status and code")
    void apiError() {
        // given
        TestObservationRegistry registry = TestObservationRegistry.create();
        server.enqueueRun(ACTION, Reply.json(400,
                "{\"message\": \"Integration not enabled for user.\", \"code\": \"40001\"}"));

        // when
        assertThrows(ActionKitApiException.class,
                () -> client(registry).forUser(TOKEN).run(ACTION, Map.of()));

        // then
        assertThat(registry).hasSingleObservationThat()
                .hasLowCardinalityKeyValue("outcome", "api_error")
                .hasLowCardinalityKeyValue("status", "400")
                .hasHighCardinalityKeyValue("code", "40001");
    }

    @Test
    @DisplayName("with a meter handler, a run is a timer per action and outcome, and no tag "
            + "holds the token or a parameter")
    void timer() {
        // given
        MeterRegistry meters = new SimpleMeterRegistry();
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        server.enqueueRun(ACTION, Reply.json(200, "{}"));
        server.enqueueRun("GMAIL_SEND_EMAIL", Reply.json(200, "{}"));

        // when
        ActionKitClient client = client(registry).forUser(TOKEN);
        client.run(ACTION, Map.of("message", "private text"));
        client.run("GMAIL_SEND_EMAIL", Map.of());

        // then
        Timer slack = meters.get("actionkit.action")
                .tags("action", ACTION, "integration", "slack", "outcome", "success",
                        "status", "200")
                .timer();
        assertThat(slack.count()).isEqualTo(1);
        Timer gmail = meters.get("actionkit.action")
                .tags("action", "GMAIL_SEND_EMAIL", "integration", "unknown").timer();
        assertThat(gmail.count()).isEqualTo(1);
        assertThat(meters.getMeters().toString()).doesNotContain(TOKEN, "private text");
    }

    @Test
    @DisplayName("a call made inside another observation becomes its child")
    void parent() {
        // given
        TestObservationRegistry registry = TestObservationRegistry.create();
        server.enqueueRun(ACTION, Reply.json(200, "{}"));
        Observation request = Observation.createNotStarted("http.request", registry);

        // when
        request.observe(() -> client(registry).forUser(TOKEN).run(ACTION, Map.of()));

        // then
        assertThat(registry).hasObservationWithNameEqualTo("actionkit.action")
                .that().hasParentObservationEqualTo(request);
    }

    @Test
    @DisplayName("a custom convention replaces the default names")
    void customConvention() {
        // given
        TestObservationRegistry registry = TestObservationRegistry.create();
        server.enqueueRun(ACTION, Reply.json(200, "{}"));
        ActionKitObservationConvention renamed = new DefaultActionKitObservationConvention() {
            @Override
            public String getName() {
                return "my.actions";
            }

            @Override
            public KeyValues getLowCardinalityKeyValues(ActionKitObservationContext context) {
                return super.getLowCardinalityKeyValues(context).and("team", "growth");
            }
        };
        ActionKitClient client = ActionKitClient.builder().baseUrl(server.baseUrl())
                .projectId(server.projectId())
                .observer(new ActionKitObservations(registry, renamed)).build();

        // when
        client.forUser(TOKEN).run(ACTION, Map.of());

        // then
        assertThat(registry).hasSingleObservationThat().hasNameEqualTo("my.actions")
                .hasLowCardinalityKeyValue("team", "growth")
                .hasLowCardinalityKeyValue("integration", "unknown");
    }
}
