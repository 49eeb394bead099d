package dev.actionkit.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.actionkit.examples.quickstart.generated.Actions;
import dev.actionkit.runtime.ActionDescriptor;
import dev.actionkit.runtime.catalog.ActionDefinition;
import dev.actionkit.runtime.catalog.CatalogJson;
import dev.actionkit.tools.ActionTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the plugin generated from the bundled catalog is what an agent needs, offline. */
class GeneratedDescriptorsTest {

    @Test
    @DisplayName("the generated descriptors carry each action's exact name, description and schema")
    void descriptorsEqualTheCatalog() throws Exception {
        // given
        List<ActionDefinition> catalog = CatalogJson.parse(
                Files.readAllBytes(Path.of("src/main/actionkit/actions.json"))).actions();
        Map<String, ActionDescriptor> generated = Actions.descriptors().stream()
                .collect(Collectors.toMap(ActionDescriptor::name, Function.identity()));

        // then
        assertThat(generated).hasSize(catalog.size());
        for (ActionDefinition action : catalog) {
            ActionDescriptor descriptor = generated.get(action.name());
            assertThat(descriptor.integration()).isEqualTo(action.integration());
            assertThat(descriptor.description()).isEqualTo(action.description());
            assertThat(descriptor.parametersSchema()).isEqualTo(action.parameters());
        }
    }

    @Test
    @DisplayName("the generated descriptors become OpenAI tool definitions without a network call")
    void descriptorsBecomeToolDefinitions() {
        // when
        ArrayNode tools = ActionTools.of(Actions.descriptors()).onlyIntegrations("slack").toOpenAiJson();

        // then
        assertThat(tools).extracting(tool -> tool.at("/function/name").asText())
                .containsExactlyInAnyOrder("SLACK_SEND_MESSAGE", "SLACK_LIST_MEMBERS",
                        "SLACK_SEARCH_MESSAGES");
        assertThat(tools.get(0).at("/function/parameters/type").asText()).isEqualTo("object");
    }
}
