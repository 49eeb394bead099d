package dev.actionkit.runtime.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The snapshot form of a catalog is sorted, stable and reads back the same")
class CatalogJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String action(String name, String schema) {
        return "{\"type\": \"function\", \"function\": {\"name\": \"" + name
                + "\", \"description\": \"d\", \"parameters\": " + schema + "}}";
    }

    @Test
    @DisplayName("the snapshot sorts integrations and actions, keeps schema order, ends with LF")
    void snapshotForm() {
        // given
        ActionCatalog catalog = CatalogJson.parse(bytes("{\"actions\": {"
                + "\"slack\": [" + action("SLACK_B", "{\"type\": \"object\", \"properties\": "
                + "{\"z\": {\"type\": \"string\"}, \"a\": {\"type\": \"integer\"}}}") + ", "
                + action("SLACK_A", "{}") + "],"
                + "\"asana\": [" + action("ASANA_X", "{}") + "]}, \"errors\": [{\"m\": 1}]}"));

        // when
        String snapshot = new String(CatalogJson.toSnapshot(catalog), StandardCharsets.UTF_8);

        // then
        assertThat(snapshot).isEqualTo("""
                {
                  "actions": {
                    "asana": [
                      {
                        "type": "function",
                        "function": {
                          "name": "ASANA_X",
                          "description": "d",
                          "parameters": { }
                        }
                      }
                    ],
                    "slack": [
                      {
                        "type": "function",
                        "function": {
                          "name": "SLACK_A",
                          "description": "d",
                          "parameters": { }
                        }
                      },
                      {
                        "type": "function",
                        "function": {
                          "name": "SLACK_B",
                          "description": "d",
                          "parameters": {
                            "type": "object",
                            "properties": {
                              "z": {
                                "type": "string"
                              },
                              "a": {
                                "type": "integer"
                              }
                            }
                          }
                        }
                      }
                    ]
                  },
                  "errors": [
                    {
                      "m": 1
                    }
                  ]
                }
                """);
        assertThat(snapshot).doesNotContain("\r");
    }

    @Test
    @DisplayName("catalogs that differ only in order give the same snapshot bytes")
    void equalCatalogsEqualBytes() {
        // given
        ActionCatalog one = CatalogJson.parse(bytes("{\"actions\": {\"b\": [" + action("B1", "{}")
                + ", " + action("B0", "{}") + "], \"a\": [" + action("A1", "{}") + "]}}"));
        ActionCatalog other = CatalogJson.parse(bytes("{\"tools\": {\"a\": [" + action("A1", "{}")
                + "], \"b\": [" + action("B0", "{}") + ", " + action("B1", "{}") + "]}}"));

        // then
        assertThat(CatalogJson.toSnapshot(one)).isEqualTo(CatalogJson.toSnapshot(other));
        assertThat(one).isNotEqualTo(other);
        assertThat(one.sorted()).isEqualTo(other.sorted());
    }

    @Test
    @DisplayName("the real samples round-trip: parse(toSnapshot(c)) equals c sorted")
    void roundTrip() throws IOException {
        for (String file : List.of("paragon/list-actions-response-20-actions.json",
                "paragon/list-actions-hubspot-excerpt.json", "klavis/klavis-actions.json")) {
            // given
            ActionCatalog catalog = CatalogJson.parse(
                    Files.readAllBytes(Path.of("..", "testdata", file)));

            // when
            byte[] snapshot = CatalogJson.toSnapshot(catalog);
            ActionCatalog back = CatalogJson.parse(snapshot);

            // then
            assertThat(back).as(file).isEqualTo(catalog.sorted());
            assertThat(CatalogJson.toSnapshot(back)).as(file).isEqualTo(snapshot);
            assertThat(snapshot[snapshot.length - 1]).isEqualTo((byte) '\n');
        }
    }

    @Test
    @DisplayName("toJson keeps the catalog's own order and the list response shape")
    void toJsonOrder() throws IOException {
        // given
        ActionCatalog catalog = CatalogJson.parse(bytes("{\"actions\": {\"b\": ["
                + action("B1", "{}") + "], \"a\": []}}"));

        // when
        String json = CatalogJson.toJson(catalog).toString();

        // then
        assertThat(MAPPER.readTree(json)).isEqualTo(MAPPER.readTree("{\"actions\": {\"b\": [{"
                + "\"type\": \"function\", \"function\": {\"name\": \"B1\", \"description\": "
                + "\"d\", \"parameters\": {}}}], \"a\": []}, \"errors\": []}"));
        assertThat(json).startsWith("{\"actions\":{\"b\"");
    }

    @Test
    @DisplayName("the model is immutable: schemas are copies and lists cannot change")
    void immutable() {
        // given
        ActionCatalog catalog = CatalogJson.parse(bytes("{\"actions\": {\"a\": ["
                + action("A1", "{\"type\": \"object\"}") + "]}}"));
        ActionDefinition definition = catalog.actions().get(0);

        // when
        ((com.fasterxml.jackson.databind.node.ObjectNode) definition.parameters()).put("x", 1);

        // then
        assertThat(definition.parametersView().has("x")).isFalse();
        assertThat(catalog.integrations().get("a")).isUnmodifiable();
        assertThat(catalog.integrations()).isUnmodifiable();
        assertThat(catalog.errors()).isUnmodifiable();
        assertThat(catalog.actionCount()).isEqualTo(1);
        assertThat(Map.copyOf(catalog.integrations())).containsOnlyKeys("a");
    }

    @Test
    @DisplayName("a flat action without the function wrapper and without parameters is accepted")
    void flatAction() {
        // when
        ActionCatalog catalog = CatalogJson.parse(bytes(
                "{\"actions\": {\"a\": [{\"name\": \"A1\"}]}, \"errors\": null}"));

        // then
        ActionDefinition only = catalog.actions().get(0);
        assertThat(only.name()).isEqualTo("A1");
        assertThat(only.description()).isEmpty();
        assertThat(only.parameters().toString()).isEqualTo("{}");
        assertThat(catalog.errors()).isEmpty();
    }

    @Test
    @DisplayName("escapePointer escapes ~ and / as RFC 6901 says")
    void escapePointer() {
        assertThat(CatalogJson.escapePointer("a/b~c")).isEqualTo("a~1b~0c");
        assertThat(CatalogJson.escapePointer("custom.spotify")).isEqualTo("custom.spotify");
    }
}
