package dev.actionkit.examples.quickstart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.actionkit.examples.quickstart.generated.Actions;
import dev.actionkit.examples.quickstart.generated.SalesforceCreateRecordContactParams;
import java.util.List;

/**
 * The calls the quickstart makes, each through the generated API: names, types and required
 * parameters are checked by the compiler.
 */
final class Tour {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Tour() {}

    static void run(Actions actions, Transcript transcript) {
        transcript.line(Actions.descriptors().size() + " actions are known to the generated code "
                + "(offline, e.g. as LLM tool definitions).");

        // Each step prints the lambda it runs, as written here (Transcript, CallSource): keep
        // "transcript.step(" and "() ->" on the step's first line, and no comments inside.
        transcript.step(() -> actions.slack().sendMessage("#general",
                "Hello from ActionKit Codegen!"));

        transcript.step(() -> actions.slack().sendMessage("#deploys", "Build 142 is live",
                o -> o.botName("Deploy bot")));

        transcript.step(() -> actions.gmail().sendEmail(List.of("ada@example.com"), "Welcome",
                "Glad you're here."));

        transcript.step(() -> actions.hubspot().createRecordContacts("ada@example.com",
                o -> o.fieldFirstname("Ada")));

        transcript.step("Level__c: a custom field of this user's org", () -> actions.salesforce()
                .createRecordContact(SalesforceCreateRecordContactParams.builder()
                        .lastName("Lovelace")
                        .firstName("Ada")
                        .additionalProperty("Level__c", "Gold")
                        .build()));

        transcript.step("a result that is not JSON", () -> actions.googleDrive()
                .getFileById("1aBcD", o -> o.includeFileContents(true)));

        transcript.step("the user has not connected Notion", () -> actions.notion()
                .createPage(json("{\"page_id\": \"5c6a2821\"}"),
                        json("{\"title\": [{\"text\": {\"content\": \"Launch notes\"}}]}")));
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
