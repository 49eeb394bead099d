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
                .contains("> actions.salesforce().createRecordContact("
                        + "SalesforceCreateRecordContactParams.builder().lastName(\"Lovelace\")"
                        + ".firstName(\"Ada\").additionalProperty(\"Level__c\", \"Gold\").build())"
                        + "  // Level__c: a custom field of this user's org")
                .contains("\"FirstName\":\"Ada\"")
                .contains("<- 200 text/plain; charset=utf-8  Q3 roadmap")
                .contains("<- ActionKitApiException: NOTION_CREATE_PAGE failed: HTTP 404, code "
                        + "integration_not_enabled, request id req-7f3a: Integration not enabled for user.")
                .contains("isIntegrationNotConnected() = true")
                .doesNotContain(LocalActionKit.USER_TOKEN);
        assertThat(transcript.lines().filter(line -> line.startsWith("> "))).containsExactly(
                "> actions.slack().sendMessage(\"#general\", \"Hello from ActionKit Codegen!\")",
                "> actions.slack().sendMessage(\"#deploys\", \"Build 142 is live\","
                        + " o -> o.botName(\"Deploy bot\"))",
                "> actions.gmail().sendEmail(List.of(\"ada@example.com\"), \"Welcome\","
                        + " \"Glad you're here.\")",
                "> actions.hubspot().createRecordContacts(\"ada@example.com\","
                        + " o -> o.fieldFirstname(\"Ada\"))",
                "> actions.salesforce().createRecordContact(SalesforceCreateRecordContactParams"
                        + ".builder().lastName(\"Lovelace\").firstName(\"Ada\")"
                        + ".additionalProperty(\"Level__c\", \"Gold\").build())"
                        + "  // Level__c: a custom field of this user's org",
                "> actions.googleDrive().getFileById(\"1aBcD\", o -> o.includeFileContents(true))"
                        + "  // a result that is not JSON",
                "> actions.notion().createPage(json(\"{\\\"page_id\\\": \\\"5c6a2821\\\"}\"),"
                        + " json(\"{\\\"title\\\": [{\\\"text\\\": {\\\"content\\\":"
                        + " \\\"Launch notes\\\"}}]}\"))  // the user has not connected Notion");
    }
}
