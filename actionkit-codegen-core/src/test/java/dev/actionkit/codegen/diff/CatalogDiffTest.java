package dev.actionkit.codegen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.actionkit.runtime.catalog.ActionCatalog;
import dev.actionkit.runtime.catalog.CatalogJson;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CatalogDiffTest {

    private static final String SEND_MESSAGE = """
            {"type": "function", "function": {"name": "SLACK_SEND_MESSAGE", "description": "",
              "parameters": {"type": "object",
                "properties": {"channel": {"type": "string"}, "message": {"type": "string"},
                               "botName": {"type": "string"}},
                "required": ["channel", "message"]}}}""";

    private static final String LIST_MEMBERS = """
            {"type": "function", "function": {"name": "SLACK_LIST_MEMBERS", "description": "",
              "parameters": {"type": "object", "properties": {}}}}""";

    private static ActionCatalog catalog(String integrations) {
        return CatalogJson.parse(("{\"actions\": {" + integrations + "}, \"errors\": []}")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static ActionCatalog slack(String... actions) {
        return catalog("\"slack\": [" + String.join(",", actions) + "]");
    }

    @Test
    @DisplayName("equal catalogs in a different order have no changes and no report")
    void equalCatalogs() {
        // given
        ActionCatalog before = slack(SEND_MESSAGE, LIST_MEMBERS);
        ActionCatalog after = slack(LIST_MEMBERS, SEND_MESSAGE);

        // when
        CatalogDiff diff = CatalogDiff.between(before, after);

        // then
        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.reportLines()).isEmpty();
    }

    @Test
    @DisplayName("an added integration is listed with its actions and is not breaking")
    void integrationAdded() {
        // given
        ActionCatalog before = slack(SEND_MESSAGE);
        ActionCatalog after = catalog("\"slack\": [" + SEND_MESSAGE + "], \"hubspot\": ["
                + LIST_MEMBERS.replace("SLACK_LIST_MEMBERS", "HUBSPOT_GET_RECORDS_ANY") + "]");

        // when
        CatalogDiff diff = CatalogDiff.between(before, after);

        // then
        assertThat(diff.reportLines()).containsExactly(
                "Catalog changes: 1 change, 0 breaking",
                "  + integration 'hubspot' added (1 action: HUBSPOT_GET_RECORDS_ANY)");
        assertThat(diff.breakingChanges()).isEmpty();
    }

    @Test
    @DisplayName("a removed integration and a removed action are breaking, an added action is not")
    void actionsAddedAndRemoved() {
        // given
        ActionCatalog before = catalog("\"slack\": [" + SEND_MESSAGE + "], \"gmail\": ["
                + LIST_MEMBERS.replace("SLACK_LIST_MEMBERS", "GMAIL_SEND_EMAIL") + "]");
        ActionCatalog after = slack(LIST_MEMBERS);

        // when
        CatalogDiff diff = CatalogDiff.between(before, after);

        // then
        assertThat(diff.reportLines()).containsExactly(
                "Catalog changes: 3 changes, 2 breaking",
                "  - integration 'gmail' removed (1 action: GMAIL_SEND_EMAIL) [BREAKING]",
                "  + action SLACK_LIST_MEMBERS added to 'slack'",
                "  - action SLACK_SEND_MESSAGE removed from 'slack' [BREAKING]");
        assertThat(diff.breakingChanges()).extracting(CatalogChange::kind).containsExactly(
                CatalogChange.Kind.INTEGRATION_REMOVED, CatalogChange.Kind.ACTION_REMOVED);
    }

    @Test
    @DisplayName("parameter changes: removed, newly required, added as required, retyped")
    void parameterChanges() {
        // given
        ActionCatalog before = slack(SEND_MESSAGE);
        ActionCatalog after = slack("""
                {"type": "function", "function": {"name": "SLACK_SEND_MESSAGE",
                  "parameters": {"type": "object",
                    "properties": {"channel": {"type": ["string", "null"]},
                                   "message": {"type": "string"},
                                   "botName": {"type": "string"},
                                   "blocks": {"type": "array", "items": {"type": "object"}},
                                   "thread": {"type": "string"}},
                    "required": ["message", "botName", "thread", "ghost"]}}}""");

        // when
        CatalogDiff diff = CatalogDiff.between(before, after);

        // then
        assertThat(diff.reportLines()).containsExactly(
                "Catalog changes: 5 changes, 3 breaking",
                "  + parameter SLACK_SEND_MESSAGE.blocks added",
                "  ~ parameter SLACK_SEND_MESSAGE.botName is now required [BREAKING]",
                "  ~ parameter SLACK_SEND_MESSAGE.channel is now optional",
                "  ~ parameter SLACK_SEND_MESSAGE.channel changed type: string -> string|null"
                        + " [BREAKING]",
                "  + parameter SLACK_SEND_MESSAGE.thread added as required [BREAKING]");
    }

    @Test
    @DisplayName("a removed parameter is breaking and names the action")
    void parameterRemoved() {
        // given
        ActionCatalog before = slack(SEND_MESSAGE);
        ActionCatalog after = slack(SEND_MESSAGE.replace("\"botName\"", "\"botIcon\""));

        // when
        CatalogDiff diff = CatalogDiff.between(before, after);

        // then
        assertThat(diff.changes()).hasSize(2);
        assertThat(diff.breakingChanges()).singleElement().satisfies(change -> {
            assertThat(change.describe()).isEqualTo("parameter SLACK_SEND_MESSAGE.botName removed");
            assertThat(change.integration()).isEqualTo("slack");
        });
    }
}
