package dev.actionkit.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Runs the README's first command's program, so that it cannot rot. */
class QuickstartTest {

    @Test
    @DisplayName("the quickstart prints each call, the request on the wire and its result")
    void printsTheTranscript() {
        // given
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        // when
        QuickstartMain.run(Map.of(), new PrintStream(bytes, true, StandardCharsets.UTF_8));

        // then
        String transcript = bytes.toString(StandardCharsets.UTF_8);
        assertThat(transcript)
                .contains("10 actions are known to the generated code")
                .contains("> actions.slack().sendMessage(\"#general\", \"Hello from ActionKit Codegen!\")")
                .contains("-> POST /projects/quickstart-project/actions  Authorization: Bearer eyJhbG****")
                .contains("{\"action\":\"SLACK_SEND_MESSAGE\",\"parameters\":{\"channel\":\"#general\","
                        + "\"message\":\"Hello from ActionKit Codegen!\"}}")
                .contains("\"botName\":\"Deploy bot\"")
                .contains("\"field-email\":\"ada@example.com\",\"field-firstname\":\"Ada\"")
                .contains("\"Level__c\":\"Gold\"")
                .contains("<- 200 text/plain; charset=utf-8  Q3 roadmap")
                .contains("<- ActionKitApiException: NOTION_CREATE_PAGE failed: HTTP 404, code "
                        + "integration_not_enabled, request id req-7f3a: Integration not enabled for user.")
                .contains("isIntegrationNotConnected() = true")
                .doesNotContain(LocalActionKit.USER_TOKEN);
    }
}
