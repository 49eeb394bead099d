package dev.actionkit.runtime;

import static dev.actionkit.runtime.TestClients.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.Reply;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A hostile error body is rendered in bounded time and never shows the token")
class HostileErrorBodyTest {

    private static final String ACTION = "SLACK_SEND_MESSAGE";

    private final FakeActionKit server = FakeActionKit.start();
    private final ActionKitClient client = TestClients.builder(server, new RecordingSleeper())
            .retryPolicy(RetryPolicy.none()).callTimeout(Duration.ofSeconds(2)).build();

    @AfterEach
    void stop() {
        server.close();
    }

    private ActionKitApiException runFailing(Reply reply) {
        return TestClients.runFailing(server, client, ACTION, reply);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<script>", "<style x=1>", "<", "<a", "</script"})
    @DisplayName("a 256 KiB 502 page of one repeated tag fails as an API error within callTimeout")
    void repeatedTags(String tag) {
        // given (before the fix, "<script>" repeated took about 28 s with callTimeout PT2S)
        String page = tag.repeat(256 * 1024 / tag.length());

        // when
        ActionKitApiException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> runFailing(Reply.html(502, page)));

        // then
        assertThat(e.status()).isEqualTo(502);
        assertThat(e.apiMessage().length()).isLessThanOrEqualTo(303);
        assertThat(e.rawBody()).isEqualTo(page);
    }

    @Test
    @DisplayName("only a bounded prefix of a text body is read for the message")
    void boundedPrefix() {
        // given
        String page = "<p>Bad gateway</p>" + " ".repeat(100_000) + "<p>tail</p>";

        // when
        ActionKitApiException e = runFailing(Reply.html(502, page));

        // then
        assertThat(e).hasMessage("SLACK_SEND_MESSAGE failed: HTTP 502: Bad gateway");
        assertThat(e.rawBody()).isEqualTo(page);
    }

    @Test
    @DisplayName("an error body is kept up to its first MiB, so rendering it is bounded in size")
    void errorBodyPrefix() {
        // given (an 8 MiB 500 answer that echoes the token everywhere)
        String body = (TOKEN + " ").repeat(8 * 1024 * 1024 / (TOKEN.length() + 1));

        // when
        ActionKitApiException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> runFailing(Reply.text(500, body)));

        // then
        assertThat(ActionKitClient.MAX_ERROR_BODY_BYTES).isEqualTo(1024 * 1024);
        assertThat(e.rawBody()).startsWith("**** ****").doesNotContain("S3CRET");
        assertThat(e.rawBody().length()).isLessThanOrEqualTo(1024 * 1024);
    }

    @Test
    @DisplayName("script and style contents are dropped in any case, other tags become spaces")
    void scriptAndStyleDropped() {
        // given
        String page = "<HTML><Script type=x>alert(1)</SCRIPT>Bad<b>Gate</b>way<style>p{}</style>"
                + " 1 < 2 <i>unclosed";

        // when
        ActionKitApiException e = runFailing(Reply.html(502, page));

        // then
        assertThat(e.apiMessage()).isEqualTo("Bad Gate way 1 < 2 unclosed");
    }

    @Test
    @DisplayName("a token echoed JSON-escaped is masked in the message and in rawBody")
    void jsonEscapedToken() {
        // given
        StringBuilder escaped = new StringBuilder();
        TOKEN.chars().forEach(c -> escaped.append(String.format("\\u%04x", c)));

        // when
        ActionKitApiException e = runFailing(Reply.json(500,
                "{\"message\": \"bad token " + escaped + "\", \"code\": \"50000\"}"));

        // then
        assertThat(e).hasMessage("SLACK_SEND_MESSAGE failed: HTTP 500, code 50000: bad token ****");
        assertThat(Json.readOrNull(e.rawBody().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .get("message").asText()).isEqualTo("bad token ****");
        assertThat(e.rawBody()).doesNotContain("\\u0053");
    }

    @Test
    @DisplayName("a token echoed without its last characters is masked too")
    void partialToken() {
        // given
        String partial = TOKEN.substring(0, TOKEN.length() - 5);

        // when
        ActionKitApiException e = runFailing(Reply.text(500, "token " + partial + " is bad"));

        // then
        assertThat(e).hasMessage("SLACK_SEND_MESSAGE failed: HTTP 500: token **** is bad");
        assertThat(e.rawBody()).isEqualTo("token **** is bad");
    }

    @Test
    @DisplayName("a token echoed from its middle, as in a log excerpt, is masked")
    void middleOfToken() {
        // given
        String middle = TOKEN.substring(4, 20);

        // when
        ActionKitApiException e = runFailing(Reply.json(500,
                "{\"message\": \"saw ..." + middle + "...\"}"));

        // then
        assertThat(e.apiMessage()).isEqualTo("saw ...****...");
        assertThat(e.rawBody()).doesNotContain(middle);
    }
}
