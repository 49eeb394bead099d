package dev.actionkit.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.actionkit.runtime.ActionDescriptor;
import dev.actionkit.runtime.ActionKitClient;
import dev.actionkit.runtime.ActionResult;
import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.RecordedRequest;
import dev.actionkit.testkit.Reply;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ToolCallRunnerTest {

    private final FakeActionKit server = FakeActionKit.start();
    private final ActionKitClient client = ActionKitClient.builder()
            .baseUrl(server.baseUrl())
            .projectId(server.projectId())
            .token("user-token")
            .build();
    private final ToolCallRunner runner = new ToolCallRunner(ActionTools.of(SampleCatalog.descriptors()));

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    @DisplayName("a valid tool call is run with the model's arguments as the parameters")
    void runsAValidCall() {
        // given
        server.onRun("SLACK_SEND_DIRECT_MESSAGE", Reply.json(200, "{\"ok\": true, \"ts\": \"1.2\"}"));

        // when
        ActionResult result = runner.run(client, "SLACK_SEND_DIRECT_MESSAGE",
                "{\"memberId\": \"U1\", \"message\": \"Hi\", \"botName\": \"Bot\", \"botIcon\": \":robot:\"}");

        // then
        assertThat(result.json().get("ts").asText()).isEqualTo("1.2");
        RecordedRequest run = server.runs().get(0);
        assertThat(run.json().get("action").asText()).isEqualTo("SLACK_SEND_DIRECT_MESSAGE");
        assertThat(run.json().get("parameters").toString()).isEqualTo(
                "{\"memberId\":\"U1\",\"message\":\"Hi\",\"botName\":\"Bot\",\"botIcon\":\":robot:\"}");
    }

    @Test
    @DisplayName("arguments that break the schema are rejected with every violation, and nothing is sent")
    void rejectsInvalidArguments() {
        // when
        ToolCallRejectedException error = assertThrows(ToolCallRejectedException.class,
                () -> runner.run(client, "SLACK_SEND_DIRECT_MESSAGE",
                        "{\"memberId\": 42, \"message\": \"Hi\", \"botName\": \"Bot\"}"));

        // then
        assertThat(error.toolName()).isEqualTo("SLACK_SEND_DIRECT_MESSAGE");
        assertThat(error.violations()).containsExactlyInAnyOrder(
                "/memberId: integer found, string expected",
                "required property 'botIcon' not found");
        assertThat(error.getMessage()).startsWith("The call to tool SLACK_SEND_DIRECT_MESSAGE was "
                + "not run, nothing was sent. Fix the following and call it again:\n- ");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    @DisplayName("an unknown tool is rejected with the names of the tools there are")
    void rejectsAnUnknownTool() {
        // given
        ToolCallRunner small = new ToolCallRunner(ActionTools.of(SampleCatalog.descriptors())
                .onlyIntegrations("gmail"));

        // when
        ToolCallRejectedException error = assertThrows(ToolCallRejectedException.class,
                () -> small.run(client, "SLACK_SEND_MESSAGE", "{}"));

        // then
        assertThat(error.violations()).containsExactly("there is no tool named SLACK_SEND_MESSAGE; "
                + "the tools are: GMAIL_SEND_EMAIL, GMAIL_SEARCH_FOR_EMAIL, GMAIL_GET_EMAIL_BY_ID");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    @DisplayName("arguments that are not a JSON object are rejected in words a model can act on")
    void rejectsArgumentsThatAreNotAnObject() {
        // when
        ToolCallRejectedException notJson = assertThrows(ToolCallRejectedException.class,
                () -> runner.check("SLACK_SEARCH_MESSAGES", "{\"query\": "));
        ToolCallRejectedException array = assertThrows(ToolCallRejectedException.class,
                () -> runner.check("SLACK_SEARCH_MESSAGES", "[1, 2]"));

        // then
        assertThat(notJson.violations().get(0)).startsWith("the arguments are not valid JSON: ");
        assertThat(array.violations()).containsExactly(
                "the arguments must be a JSON object, found: [1,2]");
    }

    @Test
    @DisplayName("empty arguments count as an empty object, so an action without parameters runs")
    void emptyArgumentsAreAnEmptyObject() {
        // when
        runner.run(client, "SLACK_LIST_MEMBERS", "");

        // then
        assertThat(server.runs().get(0).json().get("parameters").toString()).isEqualTo("{}");
    }

    @Test
    @DisplayName("runForModel hands back the result, a rejection or an ActionKit error as text")
    void rendersEveryOutcomeForTheModel() {
        // given
        server.onRun("SLACK_SEARCH_MESSAGES", Reply.json(200, "{\"messages\": []}"));
        server.onRun("GMAIL_GET_EMAIL_BY_ID", Reply.json(400, "{\"message\": \"Integration not "
                + "enabled for user.\", \"code\": \"integration_not_enabled\", \"status\": 400}"));

        // when
        String success = runner.runForModel(client, "SLACK_SEARCH_MESSAGES", "{\"query\": \"deploy\"}");
        String rejected = runner.runForModel(client, "SLACK_SEARCH_MESSAGES", "{}");
        String failed = runner.runForModel(client, "GMAIL_GET_EMAIL_BY_ID",
                "{\"userId\": \"me\", \"messageId\": \"m1\"}");

        // then
        assertThat(success).isEqualTo("{\"messages\":[]}");
        assertThat(rejected).startsWith("The call to tool SLACK_SEARCH_MESSAGES was not run")
                .contains("query");
        assertThat(failed).isEqualTo("The action failed with HTTP 400: Integration not enabled for "
                + "user. The user has not connected this integration; ask them to connect it first.");
        assertThat(server.runs()).hasSize(2);
    }

    @Test
    @DisplayName("an asynchronous rejection fails the future before anything is sent")
    void asyncRejectionSendsNothing() {
        // when
        CompletionException error = assertThrows(CompletionException.class,
                () -> runner.runAsync(client, "SLACK_SEARCH_MESSAGES", "{}").join());

        // then
        assertThat(error.getCause()).isInstanceOf(ToolCallRejectedException.class);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    @DisplayName("a $ref to a remote schema is never fetched while validating")
    void neverFetchesRemoteReferences() {
        // given: a schema pointing at a loopback server that records every request
        String schema = "{\"type\": \"object\", \"properties\": {\"x\": {\"$ref\": \""
                + server.baseUrl() + "/schemas/x.json\"}}}";
        ToolCallRunner remote = new ToolCallRunner(ActionTools.of(
                List.of(new ActionDescriptor("demo", "DEMO_RUN", "", schema))));

        // when
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> remote.check("DEMO_RUN", "{\"x\": 1}"));

        // then
        assertThat(server.requests()).isEmpty();
        assertThat(error.getMessage()).startsWith("the schema of DEMO_RUN cannot be used to check "
                + "arguments: ");
    }

    @Test
    @DisplayName("a binary result is described to the model instead of being pasted as bytes")
    void describesBinaryResults() {
        // given
        ActionResult pdf = new ActionResult(200, "application/pdf", new byte[] {37, 80, 68, 70, -1});
        ActionResult text = new ActionResult(200, "text/csv", "a,b\n1,2".getBytes());

        // when / then
        assertThat(ToolResultText.render(pdf))
                .isEqualTo("[the action returned 5 bytes of application/pdf, not shown]");
        assertThat(ToolResultText.render(text)).isEqualTo("a,b\n1,2");
    }
}
