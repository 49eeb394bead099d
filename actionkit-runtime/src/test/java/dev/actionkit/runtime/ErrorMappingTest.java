package dev.actionkit.runtime;

import static dev.actionkit.runtime.TestClients.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.Reply;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Every error shape ActionKit answers with becomes an exact ActionKitApiException")
class ErrorMappingTest {

    private static final String ACTION = "SLACK_SEND_MESSAGE";

    private FakeActionKit server;
    private ActionKitClient client;

    @BeforeEach
    void start() {
        server = FakeActionKit.start();
        client = TestClients.client(server, new RecordingSleeper());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ActionKitApiException runFailing(Reply reply) {
        return TestClients.runFailing(server, client, ACTION, reply);
    }

    @Test
    @DisplayName("a JSON error whose message is a JSON string is decoded, details kept")
    void jsonStringMessage() {
        // given
        byte[] body = TestClients.testdata("paragon/run-error-500.json");

        // when
        ActionKitApiException e = runFailing(Reply.of(500, "application/json", body));

        // then
        assertThat(e).hasMessage("SLACK_SEND_MESSAGE failed: HTTP 500, code 41070, request id "
                + "4c7445d2-1972-4ed6-9e47-46053bf1d45f: Unable to update Task "
                + "{\"details\":{\"err\":\"Team not authorized\",\"ECODE\":\"OAUTH_027\"}}");
        assertThat(e.status()).isEqualTo(500);
        assertThat(e.code()).contains("41070");
        assertThat(e.requestId()).contains("4c7445d2-1972-4ed6-9e47-46053bf1d45f");
        assertThat(e.rawBody()).isEqualTo(new String(body, StandardCharsets.UTF_8));
        assertThat(e.operation()).isEqualTo(ACTION);
        assertThat(e.isIntegrationNotConnected()).isFalse();
        assertThat(e.isAuthenticationFailure()).isFalse();
    }

    @Test
    @DisplayName("a plain JSON error keeps its message as it is")
    void jsonError() {
        // when
        ActionKitApiException e = runFailing(Reply.json(400, "{\"message\": \"channel is "
                + "required\", \"code\": \"40000\", \"status\": 400, \"meta\": "
                + "{\"requestId\": \"r-1\"}}"));

        // then
        assertThat(e).hasMessage("SLACK_SEND_MESSAGE failed: HTTP 400, code 40000, "
                + "request id r-1: channel is required");
        assertThat(e.apiMessage()).isEqualTo("channel is required");
    }

    @Test
    @DisplayName("a message that is a JSON-encoded plain string is unquoted")
    void quotedStringMessage() {
        // when
        ActionKitApiException e = runFailing(
                Reply.json(502, "{\"message\": \"\\\"Bad gateway\\\"\"}"));

        // then
        assertThat(e).hasMessage("SLACK_SEND_MESSAGE failed: HTTP 502: Bad gateway");
        assertThat(e.code()).isEmpty();
        assertThat(e.requestId()).isEmpty();
    }

    @Test
    @DisplayName("a user who has not connected the integration is told apart")
    void notConnected() {
        // given
        byte[] body = TestClients.testdata("paragon/run-error-integration-not-connected.json");

        // when
        ActionKitApiException e = runFailing(Reply.of(404, "application/json", body));

        // then
        assertThat(e).hasMessage("SLACK_SEND_MESSAGE failed: HTTP 404, code "
                + "integration_not_enabled: Integration not enabled for user.");
        assertThat(e.isIntegrationNotConnected()).isTrue();
        assertThat(e.requestId()).isEmpty();
    }

    @Test
    @DisplayName("the not-connected message alone is enough to tell it apart")
    void notConnectedByMessage() {
        // when
        ActionKitApiException e = runFailing(Reply.json(400,
                "{\"message\": \"Integration not enabled for user.\"}"));

        // then
        assertThat(e.isIntegrationNotConnected()).isTrue();
    }

    @Test
    @DisplayName("a plain-text error body becomes the message")
    void plainText() {
        // when
        ActionKitApiException e = runFailing(Reply.text(503, "upstream connect error\n"));

        // then
        assertThat(e).hasMessage("SLACK_SEND_MESSAGE failed: HTTP 503: upstream connect error");
        assertThat(e.rawBody()).isEqualTo("upstream connect error\n");
    }

    @Test
    @DisplayName("an HTML error page is reduced to its text")
    void html() {
        // given
        String page = "<html><head><title>502 Bad Gateway</title><style>h1 {color: red}</style>"
                + "</head><body><h1>Bad Gateway</h1><p>nginx</p></body></html>";

        // when
        ActionKitApiException e = runFailing(Reply.html(502, page));

        // then
        assertThat(e).hasMessage("SLACK_SEND_MESSAGE failed: HTTP 502: 502 Bad Gateway "
                + "Bad Gateway nginx");
        assertThat(e.rawBody()).isEqualTo(page);
    }

    @Test
    @DisplayName("a long text body is shortened in the message and kept whole in rawBody")
    void longText() {
        // given
        String text = "x".repeat(1000);

        // when
        ActionKitApiException e = runFailing(Reply.text(500, text));

        // then
        assertThat(e.apiMessage()).isEqualTo("x".repeat(300) + "...");
        assertThat(e.rawBody()).hasSize(1000);
    }

    @Test
    @DisplayName("an empty error body gives a message with the status only")
    void emptyBody() {
        // when
        ActionKitApiException e = runFailing(Reply.of(500, "text/plain", new byte[0]));

        // then
        assertThat(e).hasMessage("SLACK_SEND_MESSAGE failed: HTTP 500");
        assertThat(e.apiMessage()).isEmpty();
    }

    @Test
    @DisplayName("an error body that echoes the token has it masked everywhere")
    void echoedTokenMasked() {
        // when
        ActionKitApiException e = runFailing(Reply.json(401,
                "{\"message\": \"bad token " + TOKEN + "\", \"code\": \"40100\"}"));

        // then
        assertThat(e).hasMessage("SLACK_SEND_MESSAGE failed: HTTP 401, code 40100: bad token ****");
        assertThat(e.rawBody()).doesNotContain(TOKEN).contains("bad token ****");
        assertThat(e.isAuthenticationFailure()).isTrue();
    }

    @Test
    @DisplayName("a 403 is an authentication failure")
    void forbidden() {
        // when
        ActionKitApiException e = runFailing(Reply.json(403, "{\"message\": \"Forbidden\"}"));

        // then
        assertThat(e.isAuthenticationFailure()).isTrue();
        assertThat(e).hasMessage("SLACK_SEND_MESSAGE failed: HTTP 403: Forbidden");
    }
}
