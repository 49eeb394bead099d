package dev.actionkit.runtime;

import static dev.actionkit.runtime.TestClients.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.Reply;
import java.net.http.HttpClient;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("A redirect never carries the token to another address")
class RedirectTest {

    private final FakeActionKit actionKit = FakeActionKit.start();
    private final FakeActionKit elsewhere = FakeActionKit.start();

    @AfterEach
    void stop() {
        actionKit.close();
        elsewhere.close();
    }

    private void redirectRunsElsewhere() {
        actionKit.onRun("SLACK_SEND_MESSAGE", Reply.text(302, "moved")
                .withHeader("Location", elsewhere.baseUrl() + "/projects/"
                        + elsewhere.projectId() + "/actions"));
        elsewhere.defaultRun(request -> Reply.json(200, "{}"));
    }

    @ParameterizedTest
    @EnumSource(value = HttpClient.Redirect.class, names = {"ALWAYS", "NORMAL"})
    @DisplayName("a caller's HttpClient that follows redirects is refused in build()")
    void followingClientRefused(HttpClient.Redirect redirect) {
        // given
        HttpClient following = HttpClient.newBuilder().followRedirects(redirect).build();
        ActionKitClient.Builder builder = TestClients.builder(actionKit, new RecordingSleeper())
                .httpClient(following);

        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);

        // then
        assertThat(e).hasMessage("httpClient follows redirects (" + redirect + "): a redirect"
                + " would carry the token to another address; build it with"
                + " followRedirects(HttpClient.Redirect.NEVER)");
        assertThat(e.getMessage()).doesNotContain(TOKEN);
    }

    @Test
    @DisplayName("a caller's HttpClient that never follows is used, and a 302 reaches nobody else")
    void neverFollowingClientKeepsTheTokenHome() {
        // given
        redirectRunsElsewhere();
        HttpClient never = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER).build();
        ActionKitClient client = TestClients.builder(actionKit, new RecordingSleeper())
                .httpClient(never).build();

        // when
        ActionKitApiException e = assertThrows(ActionKitApiException.class,
                () -> client.run("SLACK_SEND_MESSAGE", Map.of()));

        // then
        assertThat(e.status()).isEqualTo(302);
        assertThat(actionKit.runs()).hasSize(1);
        assertThat(elsewhere.requests()).isEmpty();
    }

    @Test
    @DisplayName("the client the builder makes does not follow a 302 either")
    void ownClientKeepsTheTokenHome() {
        // given
        redirectRunsElsewhere();
        ActionKitClient client = TestClients.client(actionKit, new RecordingSleeper());

        // when
        ActionKitApiException e = assertThrows(ActionKitApiException.class,
                () -> client.run("SLACK_SEND_MESSAGE", Map.of()));

        // then
        assertThat(e.status()).isEqualTo(302);
        assertThat(elsewhere.requests()).isEmpty();
    }
}
