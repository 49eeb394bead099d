package dev.actionkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.actionkit.micrometer.ActionKitObservations;
import dev.actionkit.runtime.ActionKitClient;
import dev.actionkit.runtime.ActionKitObserver;
import dev.actionkit.runtime.UserTokenMinter;
import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.Reply;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

@DisplayName("The auto-configuration makes each bean from the actionkit.* properties and backs off")
class ActionKitAutoConfigurationTest {

    private static final String ACTION = "SLACK_SEND_MESSAGE";

    private final FakeActionKit server = FakeActionKit.start();
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ActionKitAutoConfiguration.class))
            .withPropertyValues("actionkit.project-id=" + server.projectId(),
                    "actionkit.base-url=" + server.baseUrl());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    @DisplayName("a project id alone gives a client without token, and no minter or users")
    void projectIdOnly() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ActionKitAutoConfiguration.class))
                .withPropertyValues("actionkit.project-id=proj-1")
                .run(context -> {
                    ActionKitClient client = context.getBean(ActionKitClient.class);
                    assertThat(client.projectId()).isEqualTo("proj-1");
                    assertThat(client.baseUrl()).isEqualTo(ActionKitClient.DEFAULT_BASE_URL);
                    assertThat(client.hasToken()).isFalse();
                    assertThat(context).doesNotHaveBean(UserTokenMinter.class)
                            .doesNotHaveBean(ActionKitUsers.class)
                            .doesNotHaveBean(ActionKitObservations.class);
                });
    }

    @Test
    @DisplayName("token, credential id and base URL reach the wire")
    void tokenAndCredential() {
        server.enqueueRun(ACTION, Reply.json(200, "{}"));
        runner.withPropertyValues("actionkit.token=service-token-1", "actionkit.credential-id=cred-9")
                .run(context -> {
                    context.getBean(ActionKitClient.class).run(ACTION, Map.of());
                    assertThat(server.runs().get(0).bearerToken()).hasValue("service-token-1");
                    assertThat(server.runs().get(0).header("X-Paragon-Credential"))
                            .hasValue("cred-9");
                });
    }

    @Test
    @DisplayName("actionkit.retry.* sets the retries: max-attempts 2 makes two attempts on 429")
    void retry() {
        Reply rateLimited = Reply.json(429, "{\"message\": \"slow down\"}")
                .withHeader("Retry-After", "0");
        server.onRun(ACTION, rateLimited);
        runner.withPropertyValues("actionkit.token=t", "actionkit.retry.max-attempts=2",
                        "actionkit.retry.initial-backoff=0ms", "actionkit.retry.max-backoff=0ms",
                        "actionkit.retry.max-retry-after=1s")
                .run(context -> {
                    ActionKitClient client = context.getBean(ActionKitClient.class);
                    org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                            () -> client.run(ACTION, Map.of()));
                    assertThat(server.runs()).hasSize(2);
                });
    }

    @Test
    @DisplayName("actionkit.request-timeout and call-timeout bound a slow run")
    void timeouts() {
        server.onRun(ACTION, Reply.json(200, "{}").after(Duration.ofSeconds(5)));
        for (String property : List.of("actionkit.request-timeout=200ms",
                "actionkit.call-timeout=200ms")) {
            runner.withPropertyValues("actionkit.token=t", property,
                            "actionkit.connect-timeout=2s", "actionkit.retry.max-attempts=1")
                    .run(context -> {
                        long start = System.nanoTime();
                        var e = org.junit.jupiter.api.Assertions.assertThrows(
                                dev.actionkit.runtime.ActionKitTransportException.class,
                                () -> context.getBean(ActionKitClient.class).run(ACTION, Map.of()));
                        assertThat(e.isTimeout()).as(property).isTrue();
                        assertThat(Duration.ofNanos(System.nanoTime() - start))
                                .isLessThan(Duration.ofSeconds(4));
                    });
        }
    }

    @Test
    @DisplayName("a signing key gives a minter and ActionKitUsers whose clients act for the user")
    void signingKey() {
        server.enqueueRun(ACTION, Reply.json(200, "{}"));
        runner.withPropertyValues("actionkit.signing-key=" + TestKeys.PEM).run(context -> {
            assertThat(context).hasSingleBean(UserTokenMinter.class);
            ActionKitUsers users = context.getBean(ActionKitUsers.class);
            users.client("user-1").run(ACTION, Map.of());
            String token = server.runs().get(0).bearerToken().orElseThrow();
            assertThat(TestKeys.claims(token)).contains("\"sub\":\"user-1\"");
            assertThat(users.toString()).doesNotContain(token);
        });
    }

    @Test
    @DisplayName("a signing key location (file:) is read like the inline key")
    void signingKeyLocation() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("paragon", ".pem");
        java.nio.file.Files.writeString(file, TestKeys.PEM);
        try {
            runner.withPropertyValues("actionkit.signing-key-location=" + file.toUri())
                    .run(context -> assertThat(context).hasSingleBean(ActionKitUsers.class));
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    @Test
    @DisplayName("actionkit.users.* set the token validity")
    void usersProperties() {
        runner.withPropertyValues("actionkit.signing-key=" + TestKeys.PEM,
                        "actionkit.users.token-validity=10m", "actionkit.users.renew-before=1m",
                        "actionkit.users.max-cached-users=1")
                .run(context -> {
                    ActionKitUsers users = context.getBean(ActionKitUsers.class);
                    String claims = TestKeys.claims(users.token("u1"));
                    long iat = Long.parseLong(claims.replaceAll(".*\"iat\":(\\d+).*", "$1"));
                    long exp = Long.parseLong(claims.replaceAll(".*\"exp\":(\\d+).*", "$1"));
                    assertThat(exp - iat).isEqualTo(600);
                    users.token("u2");
                    assertThat(users.cachedUsers()).isEqualTo(1);
                });
    }

    @Test
    @DisplayName("an application's own client, minter and users beans replace the auto-configured")
    void backsOff() {
        ActionKitClient own = ActionKitClient.builder().projectId("own").build();
        UserTokenMinter ownMinter = UserTokenMinter.fromPem(TestKeys.PEM);
        runner.withBean(ActionKitClient.class, () -> own)
                .withBean(UserTokenMinter.class, () -> ownMinter)
                .run(context -> {
                    assertThat(context.getBean(ActionKitClient.class)).isSameAs(own);
                    assertThat(context.getBean(UserTokenMinter.class)).isSameAs(ownMinter);
                    assertThat(context).hasSingleBean(ActionKitUsers.class);
                });
        ActionKitUsers ownUsers = new ActionKitUsers(own, ownMinter, Duration.ofHours(1),
                Duration.ZERO, 5, Clock.systemUTC());
        runner.withPropertyValues("actionkit.signing-key=" + TestKeys.PEM)
                .withBean(ActionKitUsers.class, () -> ownUsers)
                .run(context -> assertThat(context.getBean(ActionKitUsers.class))
                        .isSameAs(ownUsers));
    }

    @Test
    @DisplayName("with an ObservationRegistry, every call is an actionkit.action observation")
    void observations() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        server.enqueueRun(ACTION, Reply.json(200, "{}"));
        runner.withPropertyValues("actionkit.token=t")
                .withBean(ObservationRegistry.class, () -> registry)
                .withBean(ActionKitClientCustomizer.class, () -> builder -> builder.actions(
                        List.of(new dev.actionkit.runtime.ActionDescriptor(
                                "slack", ACTION, "", "{}"))))
                .run(context -> {
                    assertThat(context).hasSingleBean(ActionKitObservations.class);
                    context.getBean(ActionKitClient.class).run(ACTION, Map.of());
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
        TestObservationRegistry registry = TestObservationRegistry.create();
        List<String> seen = new CopyOnWriteArrayList<>();
        ActionKitObserver own = call -> outcome -> seen.add(call.operation() + " " + outcome.type());
        server.enqueueRun(ACTION, Reply.json(200, "{}"));
        runner.withPropertyValues("actionkit.token=t")
                .withBean(ObservationRegistry.class, () -> registry)
                .withBean(ActionKitObserver.class, () -> own)
                .run(context -> {
                    context.getBean(ActionKitClient.class).run(ACTION, Map.of());
                    assertThat(seen).containsExactly(ACTION + " SUCCESS");
                    TestObservationRegistryAssert.assertThat(registry)
                            .hasNumberOfObservationsEqualTo(1);
                });
    }
}
