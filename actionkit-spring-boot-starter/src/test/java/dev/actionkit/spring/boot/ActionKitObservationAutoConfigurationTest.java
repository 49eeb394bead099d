package dev.actionkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.actionkit.micrometer.ActionKitObservationConvention;
import dev.actionkit.micrometer.ActionKitObservations;
import dev.actionkit.micrometer.DefaultActionKitObservationConvention;
import dev.actionkit.runtime.ActionDescriptor;
import dev.actionkit.runtime.ActionKitClient;
import dev.actionkit.runtime.ActionKitObserver;
import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.Reply;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

@DisplayName("With Micrometer, the auto-configuration observes every call as actionkit.action")
class ActionKitObservationAutoConfigurationTest {

    private static final String ACTION = "SLACK_SEND_MESSAGE";
    private static final Reply OK = Reply.json(200, "{}");

    private final FakeActionKit server = FakeActionKit.start();
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ActionKitAutoConfiguration.class))
            .withPropertyValues("actionkit.project-id=" + server.projectId(),
                    "actionkit.base-url=" + server.baseUrl(), "actionkit.token=t");

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    @DisplayName("with an ObservationRegistry, every call is an actionkit.action observation")
    void observations() {
        // given
        TestObservationRegistry registry = TestObservationRegistry.create();
        server.enqueueRun(ACTION, OK);
        ActionKitClientCustomizer actions = builder -> builder.actions(
                List.of(new ActionDescriptor("slack", ACTION, "", "{}")));

        runner.withBean(ObservationRegistry.class, () -> registry)
                .withBean(ActionKitClientCustomizer.class, () -> actions)
                .run(context -> {
                    // when
                    context.getBean(ActionKitClient.class).run(ACTION, Map.of());

                    // then
                    assertThat(context).hasSingleBean(ActionKitObservations.class);
                    TestObservationRegistryAssert.assertThat(registry).hasSingleObservationThat()
                            .hasNameEqualTo("actionkit.action")
                            .hasLowCardinalityKeyValue("action", ACTION)
                            .hasLowCardinalityKeyValue("integration", "slack")
                            .hasLowCardinalityKeyValue("outcome", "success");
                });
    }

    @Test
    @DisplayName("an application's own observer sees calls beside the observations")
    void ownObserver() {
        // given
        TestObservationRegistry registry = TestObservationRegistry.create();
        List<String> seen = new CopyOnWriteArrayList<>();
        ActionKitObserver own =
                call -> outcome -> seen.add(call.operation() + " " + outcome.type());
        server.enqueueRun(ACTION, OK);

        runner.withBean(ObservationRegistry.class, () -> registry)
                .withBean(ActionKitObserver.class, () -> own)
                .run(context -> {
                    // when
                    context.getBean(ActionKitClient.class).run(ACTION, Map.of());

                    // then
                    assertThat(seen).containsExactly(ACTION + " SUCCESS");
                    TestObservationRegistryAssert.assertThat(registry)
                            .hasNumberOfObservationsEqualTo(1);
                });
    }

    @Test
    @DisplayName("an ActionKitObservationConvention bean renames the observations")
    void convention() {
        // given
        TestObservationRegistry registry = TestObservationRegistry.create();
        server.enqueueRun(ACTION, OK);
        ActionKitObservationConvention renamed = new DefaultActionKitObservationConvention() {
            @Override
            public String getName() {
                return "my.actions";
            }
        };

        runner.withBean(ObservationRegistry.class, () -> registry)
                .withBean(ActionKitObservationConvention.class, () -> renamed)
                .run(context -> {
                    // when
                    context.getBean(ActionKitClient.class).run(ACTION, Map.of());

                    // then
                    TestObservationRegistryAssert.assertThat(registry).hasSingleObservationThat()
                            .hasNameEqualTo("my.actions");
                });
    }

    @Test
    @DisplayName("without actionkit-micrometer on the class path the client works unobserved")
    void withoutMicrometerBinding() {
        // given
        server.enqueueRun(ACTION, OK);

        runner.withClassLoader(new FilteredClassLoader(ActionKitObservations.class))
                .withBean(ObservationRegistry.class, TestObservationRegistry::create)
                .run(context -> {
                    // when
                    context.getBean(ActionKitClient.class).run(ACTION, Map.of());

                    // then
                    assertThat(context).doesNotHaveBean(ActionKitObservations.class);
                    assertThat(server.runs()).hasSize(1);
                });
    }
}
