package dev.actionkit.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.actionkit.runtime.ActionDescriptor;
import dev.actionkit.runtime.catalog.ActionDefinition;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ActionToolsTest {

    private final List<ActionDefinition> catalog = SampleCatalog.definitions();
    private final List<ActionDefinition> distinct = SampleCatalog.distinctDefinitions();
    private final ActionTools tools = ActionTools.of(SampleCatalog.descriptors());

    @Test
    @DisplayName("OpenAI tool definitions carry every action's exact name, description and schema")
    void openAiShapeEqualsTheCatalog() {
        // when
        ArrayNode json = tools.toOpenAiJson();

        // then
        assertThat(json).hasSize(distinct.size());
        for (int i = 0; i < distinct.size(); i++) {
            JsonNode tool = json.get(i);
            ActionDefinition action = distinct.get(i);
            assertThat(tool.get("type").asText()).isEqualTo("function");
            assertThat(tool.at("/function/name").asText()).isEqualTo(action.name());
            assertThat(tool.at("/function/description").asText()).isEqualTo(action.description());
            assertThat(tool.at("/function/parameters")).isEqualTo(action.parameters());
        }
    }

    @Test
    @DisplayName("Anthropic tool definitions put the schema under input_schema")
    void anthropicShapeEqualsTheCatalog() {
        // when
        ArrayNode json = tools.toAnthropicJson();

        // then
        assertThat(json).hasSize(distinct.size());
        for (int i = 0; i < distinct.size(); i++) {
            assertThat(json.get(i).get("name").asText()).isEqualTo(distinct.get(i).name());
            assertThat(json.get(i).get("input_schema")).isEqualTo(distinct.get(i).parameters());
            assertThat(json.get(i).has("parameters")).isFalse();
        }
    }

    @Test
    @DisplayName("filtering by integration keeps only that integration's actions, in order")
    void filtersByIntegration() {
        // when
        ActionTools slack = tools.onlyIntegrations("slack");

        // then
        assertThat(slack.descriptors()).extracting(ActionDescriptor::name).containsExactly(
                "SLACK_LIST_MEMBERS", "SLACK_SEND_DIRECT_MESSAGE", "SLACK_SEARCH_MESSAGES",
                "SLACK_GET_USER_BY_EMAIL");
        assertThat(slack.find("GMAIL_SEND_EMAIL")).isEmpty();
        assertThat(tools.find("GMAIL_SEND_EMAIL")).isPresent();
    }

    @Test
    @DisplayName("an action listed under two integrations is offered once, under the first")
    void offersAnActionListedTwiceOnce() {
        // given: the real sample lists HUBSPOT_SEARCH_RECORDS_CONTACTS under salesforce and hubspot
        long listed = catalog.stream()
                .filter(action -> action.name().equals("HUBSPOT_SEARCH_RECORDS_CONTACTS")).count();

        // when
        ActionDescriptor offered = tools.find("HUBSPOT_SEARCH_RECORDS_CONTACTS").orElseThrow();

        // then
        assertThat(listed).isEqualTo(2);
        assertThat(offered.integration()).isEqualTo("salesforce");
        assertThat(tools.size()).isEqualTo(catalog.size() - 1);
        assertThat(tools.toOpenAiJson()).hasSize(catalog.size() - 1);
    }
}
