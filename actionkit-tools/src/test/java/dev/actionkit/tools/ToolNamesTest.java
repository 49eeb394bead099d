package dev.actionkit.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.actionkit.runtime.ActionDescriptor;
import dev.actionkit.runtime.ActionKitClient;
import dev.actionkit.runtime.catalog.CatalogJson;
import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Every tool gets a name OpenAI, Anthropic and Gemini accept, mapped to its action")
class ToolNamesTest {

    /** OpenAI and Anthropic: [a-zA-Z0-9_-]{1,64}; Gemini also wants a letter or _ first. */
    private static final Pattern ACCEPTED = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_-]{0,63}");
    private static final String LONG =
            "MICROSOFT_DYNAMICS_365_FINANCE_AND_OPERATIONS_CC_CREATE_FREE_TEXT_INVOICE";
    private static final String SCHEMA = "{\"type\": \"object\", \"properties\": {\"id\":"
            + " {\"type\": \"string\"}}, \"required\": [\"id\"]}";

    private static ActionDescriptor action(String name) {
        return new ActionDescriptor("crm", name, "d", SCHEMA);
    }

    private static List<String> names(ActionTools tools) {
        List<String> names = new ArrayList<>();
        tools.toOpenAiJson().forEach(
                tool -> names.add(tool.path("function").path("name").asText()));
        return names;
    }

    @Test
    @DisplayName("names that fit are kept; a long one becomes a prefix and a digest, stably")
    void longName() {
        // given
        ActionTools tools = ActionTools.of(List.of(action("SLACK_SEND_MESSAGE"), action(LONG)));

        // when
        List<String> names = names(tools);

        // then
        assertThat(names.get(0)).isEqualTo("SLACK_SEND_MESSAGE");
        assertThat(names.get(1)).hasSize(64).matches(ACCEPTED)
                .startsWith("MICROSOFT_DYNAMICS_365_FINANCE_AND_OPERATIONS_CC_CREATE_");
        assertThat(names(ActionTools.of(List.of(action(LONG))))).containsExactly(names.get(1));
        assertThat(tools.toolName(LONG)).isEqualTo(names.get(1));
        assertThat(tools.find(names.get(1)).orElseThrow().name()).isEqualTo(LONG);
        assertThat(tools.find(LONG).orElseThrow().name()).isEqualTo(LONG);
        JsonNode anthropic = tools.toAnthropicJson().get(1);
        assertThat(anthropic.get("name").asText()).isEqualTo(names.get(1));
    }

    @Test
    @DisplayName("every real Klavis action (some start with a digit) and 200 long ones fit,"
            + " all distinct")
    void realAndGeneratedNames() throws Exception {
        // given
        List<ActionDescriptor> descriptors = new ArrayList<>(CatalogJson.parse(Files.readAllBytes(
                Path.of("../testdata/klavis/klavis-actions.json"))).actions().stream()
                .map(ActionDescriptor::of).toList());
        for (int i = 0; i < 200; i++) {
            descriptors.add(action(LONG + "_" + "X".repeat(i % 7) + i + ".v2 (beta)"));
        }
        ActionTools tools = ActionTools.of(descriptors);

        // when
        List<String> names = names(tools);

        // then
        assertThat(names).hasSize(tools.size()).allMatch(name -> ACCEPTED.matcher(name).matches());
        assertThat(new HashSet<>(names)).hasSize(names.size());
        assertThat(tools.toolName("12306_GET_TICKETS")).matches(ACCEPTED)
                .contains("12306_GET_TICKETS");
        for (ActionDescriptor descriptor : tools.descriptors()) {
            assertThat(tools.find(tools.toolName(descriptor.name())).orElseThrow())
                    .isEqualTo(descriptor);
        }
    }

    @Test
    @DisplayName("a name that already fits and equals another action's shortened name keeps it;"
            + " the other moves aside")
    void collision() {
        // given
        String shortened = names(ActionTools.of(List.of(action(LONG)))).get(0);
        ActionTools tools = ActionTools.of(List.of(action(LONG), action(shortened)));

        // when
        List<String> names = names(tools);

        // then
        assertThat(names).doesNotHaveDuplicates()
                .allMatch(name -> ACCEPTED.matcher(name).matches());
        assertThat(tools.toolName(shortened)).isEqualTo(shortened);
        assertThat(tools.toolName(LONG)).isNotEqualTo(shortened);
        assertThat(tools.find(tools.toolName(LONG)).orElseThrow().name()).isEqualTo(LONG);
    }

    @Test
    @DisplayName("a model's call by the shortened name runs the action under its real name")
    void runnerMapsBack() {
        try (FakeActionKit server = FakeActionKit.start()) {
            // given
            server.onRun(LONG, Reply.json(200, "{\"ok\": true}"));
            ActionKitClient client = ActionKitClient.builder().baseUrl(server.baseUrl())
                    .projectId(server.projectId()).token("user-token").build();
            ActionTools tools = ActionTools.of(List.of(action(LONG)));
            ToolCallRunner runner = new ToolCallRunner(tools);

            // when
            String reply = runner.runForModel(client, tools.toolName(LONG), "{\"id\": \"7\"}");

            // then
            assertThat(reply).contains("\"ok\"");
            assertThat(server.runs()).singleElement().satisfies(run ->
                    assertThat(run.json().get("action").asText()).isEqualTo(LONG));
        }
    }
}
