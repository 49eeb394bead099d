package dev.actionkit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.Reply;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A result keeps the provider's raw answer, JSON or not")
class ResultTest {

    private static final String ACTION = "GOOGLE_DRIVE_DOWNLOAD_FILE";

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

    /** The fields of Slack's answer that an application reads. */
    public record SlackReply(boolean ok, String channel, String ts) {}

    @Test
    @DisplayName("a JSON answer is read as a tree and bound to a type, unknown fields ignored")
    void jsonResult() throws Exception {
        // given
        JsonNode sample = Json.MAPPER.readTree(
                TestClients.testdata("paragon/run-slack-send-message.json")).get("response_200");
        server.enqueueRun(ACTION, Reply.json(200, sample.toString()));

        // when
        ActionResult result = client.run(ACTION, Map.of());

        // then
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.contentType()).contains("application/json; charset=utf-8");
        assertThat(result.isJson()).isTrue();
        assertThat(result.json()).isEqualTo(sample);
        assertThat(result.as(SlackReply.class))
                .isEqualTo(new SlackReply(true, "CSQCUNXBP", "1739896301.418839"));
    }

    @Test
    @DisplayName("a binary answer keeps every byte, and json() says to use bytes()")
    void binaryResult() {
        // given
        byte[] png = new byte[264];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        System.arraycopy(signature, 0, png, 0, 8);
        for (int i = 0; i < 256; i++) {
            png[8 + i] = (byte) i;
        }
        server.enqueueRun(ACTION, Reply.of(200, "image/png", png));

        // when
        ActionResult result = client.run(ACTION, Map.of());

        // then
        assertThat(result.bytes()).isEqualTo(png);
        assertThat(result.isJson()).isFalse();
        assertThat(result.contentType()).contains("image/png");
        IllegalStateException e = assertThrows(IllegalStateException.class, result::json);
        assertThat(e).hasMessage("the result is not JSON (content type image/png, 264 bytes); "
                + "use text() or bytes()");
        assertThat(result)
                .hasToString("ActionResult{status=200, contentType=image/png, 264 bytes}");
    }

    @Test
    @DisplayName("a text answer is decoded with the charset of its content type")
    void textCharset() {
        // given
        byte[] latin1 = "café, naïve".getBytes(StandardCharsets.ISO_8859_1);
        server.enqueueRun(ACTION, Reply.of(200, "text/plain; charset=ISO-8859-1", latin1));

        // when
        ActionResult result = client.run(ACTION, Map.of());

        // then
        assertThat(result.text()).isEqualTo("café, naïve");
        assertThat(result.bytes()).hasSize(11);
    }

    @Test
    @DisplayName("a text answer without a charset is read as UTF-8")
    void textDefaultsToUtf8() {
        // given
        server.enqueueRun(ACTION, Reply.of(200, "text/csv",
                "name\nZoë 🚀\n".getBytes(StandardCharsets.UTF_8)));

        // when
        ActionResult result = client.run(ACTION, Map.of());

        // then
        assertThat(result.text()).isEqualTo("name\nZoë 🚀\n");
    }

    @Test
    @DisplayName("an empty answer is JSON null")
    void emptyResult() {
        // given
        server.enqueueRun(ACTION, Reply.of(204, "application/json", new byte[0]));

        // when
        ActionResult result = client.run(ACTION, Map.of());

        // then
        assertThat(result.status()).isEqualTo(204);
        assertThat(result.json().isNull()).isTrue();
        assertThat(result.bytes()).isEmpty();
    }

    @Test
    @DisplayName("isJson recognises +json types and a result made by hand copies its bytes")
    void handMadeResult() {
        // given
        byte[] body = "{\"a\": 1}".getBytes(StandardCharsets.UTF_8);
        ActionResult problem = new ActionResult(400, "application/problem+json", body);
        ActionResult none = new ActionResult(200, null, body);

        // when
        body[0] = 'x';

        // then
        assertThat(problem.isJson()).isTrue();
        assertThat(problem.json().get("a").asInt()).isEqualTo(1);
        assertThat(none.isJson()).isFalse();
        assertThat(none.contentType()).isEmpty();
        assertThat(none.text()).isEqualTo("{\"a\": 1}");
        assertThat(problem).isEqualTo(new ActionResult(400, "application/problem+json",
                "{\"a\": 1}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    @DisplayName("as() says which type the result does not fit")
    void doesNotFit() {
        // given
        ActionResult result = new ActionResult(200, "application/json",
                "{\"ok\": \"maybe\"}".getBytes(StandardCharsets.UTF_8));

        // when
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> result.as(SlackReply.class));

        // then
        assertThat(e.getMessage()).startsWith(
                "the result does not fit dev.actionkit.runtime.ResultTest$SlackReply: ");
    }
}
