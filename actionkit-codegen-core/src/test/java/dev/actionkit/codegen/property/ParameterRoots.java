package dev.actionkit.codegen.property;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.actionkit.runtime.catalog.CatalogJson;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * An action's {@code parameters}: mostly an object schema from {@link SchemaShapes} (sometimes
 * with recursive {@code $defs}, a property referring to another, or a nullable root type), and
 * sometimes what real catalogs also send: a missing or null {@code parameters}, a root that is
 * not an object schema, or a value that is not a schema at all.
 */
final class ParameterRoots {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Arbitrary<JsonNode> PARAMETERS = buildParameters();

    private ParameterRoots() {}

    /** Returns an action's {@code parameters}: mostly object roots, sometimes anything else. */
    public static Arbitrary<JsonNode> parameters() {
        return PARAMETERS;
    }

    private static Arbitrary<JsonNode> buildParameters() {
        return Arbitraries.frequencyOf(
                Tuple.of(100, objectRoot()),
                Tuple.of(2, Arbitraries.of(MissingNode.getInstance(), JSON.nullNode())),
                Tuple.of(1, Arbitraries.of(JSON.booleanNode(true), JSON.textNode("object"),
                        JSON.arrayNode(), JSON.numberNode(0))),
                Tuple.of(6, SchemaShapes.depths().flatMap(target ->
                        SchemaShapes.schema(1, Math.max(1, target)))),
                Tuple.of(4, Arbitraries.of("{}", "{\"type\":\"string\"}",
                        "{\"type\":\"array\"}", "{\"$ref\":\"#/$defs/Root\",\"$defs\":{\"Root\":"
                                + "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":"
                                + "\"string\"}}}}}").map(Leaves::parse)));
    }

    /**
     * Returns object roots, sometimes with recursive {@code $defs}/{@code definitions}, a
     * property that refers to another property, or a nullable root type.
     */
    private static Arbitrary<JsonNode> objectRoot() {
        return Combinators.combine(SchemaShapes.depths()
                        .flatMap(target -> SchemaShapes.object(0, target)),
                Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 3))
                .as(ParameterRoots::decorateRoot);
    }

    private static JsonNode decorateRoot(JsonNode object, int defs, int extra) {
        ObjectNode root = (ObjectNode) object.deepCopy();
        if (defs == 1 || defs == 3) {
            root.set("$defs", Leaves.parse("{\"Node\":{\"type\":\"object\",\"properties\":{"
                    + "\"label\":{\"type\":\"string\"},\"children\":{\"type\":\"array\","
                    + "\"items\":{\"$ref\":\"#/$defs/Node\"}},\"parent\":{\"$ref\":"
                    + "\"#/$defs/Node\"}}},\"Address\":{\"type\":\"object\",\"properties\":{"
                    + "\"street\":{\"type\":\"string\"}}},\"a/b\":{\"type\":\"integer\"}}"));
        }
        if (defs == 2 || defs == 3) {
            root.set("definitions", Leaves.parse("{\"Node\":{\"type\":\"object\",\"properties\":{"
                    + "\"next\":{\"$ref\":\"#/definitions/Node\"},\"root\":{\"$ref\":\"#\"}}}}"));
        }
        ObjectNode properties = root.path("properties").isObject()
                ? (ObjectNode) root.get("properties") : null;
        if (extra == 1 && properties != null && properties.size() > 0) {
            String first = properties.fieldNames().next();
            properties.putObject("sameAsFirst").put("$ref",
                    "#/properties/" + CatalogJson.escapePointer(first));
        } else if (extra == 2) {
            root.putArray("type").add("object").add("null");
        } else if (extra == 3 && properties != null) {
            properties.putObject("viaDefs").put("$ref", "#/$defs/Node");
        }
        return root;
    }
}
