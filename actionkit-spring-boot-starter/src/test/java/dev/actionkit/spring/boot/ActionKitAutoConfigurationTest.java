package dev.actionkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.actionkit.micrometer.ActionKitObservations;
import dev.actionkit.runtime.ActionKitApiException;
import dev.actionkit.runtime.ActionKitClient;
import dev.actionkit.runtime.ActionKitTransportException;
import dev.actionkit.runtime.UserTokenMinter;
import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

@DisplayName("The auto-configuration makes each bean from the actionkit.* properties and backs off")
class ActionKitAutoConfigurationTest {

    private static final String ACTION = "SLACK_SEND_MESSAGE";
    private static final Reply OK = Reply.json(200, "{}");

    private final FakeActionKit server = FakeActionKit.start();
    private final ApplicationContextRunner bare = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ActionKitAutoConfiguration.class));
    private final ApplicationContextRunner runner = bare.withPropertyValues(
            "actionkit.project-id=" + server.projectId(), "actionkit.base-url=" + server.baseUrl());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    @DisplayName("a project id alone gives a client without token, and no minter or users")
    void projectIdOnly() {
        // given
        ApplicationContextRunner projectOnly = bare.withPropertyValues("actionkit.project-id=p-1");

        // when / then
        projectOnly.run(context -> {
            ActionKitClient client = context.getBean(ActionKitClient.class);
            assertThat(client.projectId()).isEqualTo("p-1");
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
        // given
        server.enqueueRun(ACTION, OK);

        // when
        runner.withPropertyValues("actionkit.token=service-token-1",
                        "actionkit.credential-id=cred-9")
                .run(context -> context.getBean(ActionKitClient.class).run(ACTION, Map.of()));

        // then
        assertThat(server.runs().get(0).bearerToken()).hasValue("service-token-1");
        assertThat(server.runs().get(0).header("X-Paragon-Credential")).hasValue("cred-9");
    }

    @Test
    @DisplayName("actionkit.retry.* sets the retries: max-attempts 2 makes two attempts on 429")
    void retry() {
        // given
        server.onRun(ACTION, Reply.json(429, "{\"message\": \"slow down\"}")
                .withHeader("Retry-After", "0"));

        // when
        runner.withPropertyValues("actionkit.token=t", "actionkit.retry.max-attempts=2",
                        "actionkit.retry.initial-backoff=0ms", "actionkit.retry.max-backoff=0ms",
                        "actionkit.retry.max-retry-after=1s")
                .run(context -> assertThrows(ActionKitApiException.class,
                        () -> context.getBean(ActionKitClient.class).run(ACTION, Map.of())));

        // then
        assertThat(server.runs()).hasSize(2);
    }

    @Test
    @DisplayName("actionkit.request-timeout and call-timeout each bound a slow run")
    void timeouts() {
        // given
        server.onRun(ACTION, OK.after(Duration.ofSeconds(5)));

        for (String property : List.of("actionkit.request-timeout=200ms",
                "actionkit.call-timeout=200ms")) {
            runner.withPropertyValues("actionkit.token=t", property,
                            "actionkit.connect-timeout=2s", "actionkit.retry.max-attempts=1")
                    .run(context -> {
                        // when
                        long start = System.nanoTime();
                        ActionKitTransportException e = assertThrows(
                                ActionKitTransportException.class,
                                () -> context.getBean(ActionKitClient.class).run(ACTION, Map.of()));

                        // then
                        assertThat(e.isTimeout()).as(property).isTrue();
                        assertThat(Duration.ofNanos(System.nanoTime() - start))
                                .isLessThan(Duration.ofSeconds(4));
                    });
        }
    }

    @Test
    @DisplayName("actionkit.call-timeout defaults to the runtime's five minutes; 0 lifts it")
    void callTimeoutDefaultAndLifted() {
        runner.run(context -> assertThat(context.getBean(ActionKitClient.class).callTimeout())
                .hasValue(ActionKitClient.DEFAULT_CALL_TIMEOUT));
        runner.withPropertyValues("actionkit.call-timeout=0")
                .run(context -> assertThat(context.getBean(ActionKitClient.class).callTimeout())
                        .isEmpty());
    }

    @Test
    @DisplayName("a signing key gives a minter and ActionKitUsers whose clients act for the user")
    void signingKey() {
        // given
        server.enqueueRun(ACTION, OK);

        runner.withPropertyValues("actionkit.signing-key=" + TestKeys.PEM).run(context -> {
            // when
            ActionKitUsers users = context.getBean(ActionKitUsers.class);
            users.client("user-1").run(ACTION, Map.of());

            // then
            assertThat(context).hasSingleBean(UserTokenMinter.class);
            String token = server.runs().get(0).bearerToken().orElseThrow();
            assertThat(TestKeys.claims(token)).contains("\"sub\":\"user-1\"");
            assertThat(users.toString()).doesNotContain(token);
        });
    }

    @Test
    @DisplayName("a signing key location (file:) is read like the inline key")
    void signingKeyLocation(@TempDir Path directory) throws Exception {
        // given
        Path file = Files.writeString(directory.resolve("paragon.pem"), TestKeys.PEM);

        // when / then
        runner.withPropertyValues("actionkit.signing-key-location=" + file.toUri())
                .run(context -> assertThat(context).hasSingleBean(ActionKitUsers.class));
    }

    @Test
    @DisplayName("actionkit.users.* set the token validity and the cache size")
    void usersProperties() {
        runner.withPropertyValues("actionkit.signing-key=" + TestKeys.PEM,
                        "actionkit.users.token-validity=10m", "actionkit.users.renew-before=1m",
                        "actionkit.users.max-cached-users=1")
                .run(context -> {
                    // when
                    ActionKitUsers users = context.getBean(ActionKitUsers.class);
                    String claims = TestKeys.claims(users.token("u1"));
                    users.token("u2");

                    // then
                    long iat = Long.parseLong(claims.replaceAll(".*\"iat\":(\\d+).*", "$1"));
                    long exp = Long.parseLong(claims.replaceAll(".*\"exp\":(\\d+).*", "$1"));
                    assertThat(exp - iat).isEqualTo(600);
                    assertThat(users.cachedUsers()).isEqualTo(1);
                });
    }

    @Test
    @DisplayName("an application's own client and minter replace the auto-configured ones")
    void backsOff() {
        // given
        ActionKitClient own = ActionKitClient.builder().projectId("own").build();
        UserTokenMinter ownMinter = UserTokenMinter.fromPem(TestKeys.PEM);

        // when / then
        runner.withBean(ActionKitClient.class, () -> own)
                .withBean(UserTokenMinter.class, () -> ownMinter)
                .run(context -> {
                    assertThat(context.getBean(ActionKitClient.class)).isSameAs(own);
                    assertThat(context.getBean(UserTokenMinter.class)).isSameAs(ownMinter);
                    assertThat(context).hasSingleBean(ActionKitUsers.class);
                });
    }

    @Test
    @DisplayName("an application's own ActionKitUsers replaces the auto-configured one")
    void usersBackOff() {
        // given
        ActionKitUsers own = new ActionKitUsers(ActionKitClient.builder().projectId("own").build(),
                UserTokenMinter.fromPem(TestKeys.PEM), Duration.ofHours(1), Duration.ZERO, 5,
                Clock.systemUTC());

        // when / then
        runner.withPropertyValues("actionkit.signing-key=" + TestKeys.PEM)
                .withBean(ActionKitUsers.class, () -> own)
                .run(context -> assertThat(context.getBean(ActionKitUsers.class)).isSameAs(own));
    }

    @Test
    @DisplayName("actionkit.connect-timeout reaches the client: zero is refused by name")
    void connectTimeout() {
        runner.withPropertyValues("actionkit.connect-timeout=0s").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessage("actionkit: connectTimeout must be positive: PT0S");
        });
    }
}
