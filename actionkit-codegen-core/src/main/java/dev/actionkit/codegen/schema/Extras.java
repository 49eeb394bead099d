package dev.actionkit.codegen.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.actionkit.runtime.catalog.CatalogJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides what an object keeps beyond its declared properties, from {@code additionalProperties}
 * and {@code patternProperties}: nothing ({@code additionalProperties: false} and no patterns),
 * values of one schema (the {@code additionalProperties} schema, or the schema every pattern
 * and {@code additionalProperties} agree on), or any JSON value (extras allowed by default, or
 * patterns that disagree). The emitter receives the answer as the normalized
 * {@code additionalProperties}: {@code false}, a schema, or {@code true}.
 */
final class Extras {

    /** Keywords that validate a value without changing its Java type. */
    private static final Set<String> VALIDATION = Set.of("description", "title", "$comment",
            "examples", "default", "deprecated", "readOnly", "writeOnly", "minLength",
            "maxLength", "pattern", "format", "minimum", "maximum", "exclusiveMinimum",
            "exclusiveMaximum", "multipleOf", "minItems", "maxItems", "uniqueItems",
            "minProperties", "maxProperties", "x-actionkit-wire-name");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Extras() {}

    /**
     * The schema of an object's other keys.
     *
     * @param schema the value schema, {@code {}} for any JSON value
     * @param pointer where it is, relative to the object ({@code /additionalProperties} or
     *     {@code /patternProperties/<pattern>})
     */
    record Values(JsonNode schema, String pointer) {

        /** Whether any JSON value is allowed. */
        boolean anyJson() {
            return isUnconstrained(schema);
        }
    }

    /**
     * Returns the normalized {@code additionalProperties} of a class made from {@code object}:
     * {@code false}, {@code true} (any JSON value) or the normalized value schema, whose
     * nested types are named {@code hint + "Value"}.
     */
    static JsonNode normalized(JsonNode object, String pointer, String hint,
            SchemaNormalizer normalizer) {
        Values values = of(object);
        if (values == null || values.anyJson()) {
            return JSON.booleanNode(values != null);
        }
        String at = normalizer.composition().origin(values.schema(), pointer + values.pointer());
        return normalizer.extraValues(values.schema(), at, hint + "Value");
    }

    /** Returns what {@code object} keeps beyond its properties; null when nothing. */
    static Values of(JsonNode object) {
        JsonNode additional = object.get("additionalProperties");
        JsonNode patterns = object.path("patternProperties");
        boolean closed = additional != null && additional.isBoolean() && !additional.asBoolean();
        boolean typed = additional != null && additional.isObject() && !isUnconstrained(additional);
        if (!patterns.isObject() || patterns.isEmpty()) {
            return closed ? null : typed ? new Values(additional, "/additionalProperties")
                    : new Values(JSON.objectNode(), "/additionalProperties");
        }
        if (!closed && !typed) {
            return new Values(JSON.objectNode(), "/patternProperties");
        }
        List<Values> candidates = new ArrayList<>();
        patterns.fields().forEachRemaining(e -> candidates.add(new Values(e.getValue(),
                "/patternProperties/" + CatalogJson.escapePointer(e.getKey()))));
        if (typed) {
            candidates.add(new Values(additional, "/additionalProperties"));
        }
        Values first = candidates.get(0);
        boolean agree = candidates.stream().allMatch(c -> c.schema().isObject()
                && !isUnconstrained(c.schema()) && sameShape(c.schema(), first.schema()));
        return agree ? first : new Values(JSON.objectNode(), "/patternProperties");
    }

    /**
     * Sets {@code additionalProperties} and {@code patternProperties} of a merged schema from
     * its parts (see {@link Composition}): the first part's {@code additionalProperties} when
     * it has one, else the one schema the other parts agree on (several: any JSON); the
     * patterns of every part.
     */
    static void mergeInto(List<JsonNode> parts, ObjectNode out) {
        ObjectNode patterns = JSON.objectNode();
        List<JsonNode> schemas = new ArrayList<>();
        for (JsonNode part : parts) {
            part.path("patternProperties").fields().forEachRemaining(e -> {
                if (!patterns.has(e.getKey())) {
                    patterns.set(e.getKey(), e.getValue());
                }
            });
            JsonNode additional = part.get("additionalProperties");
            if (additional != null && additional.isObject() && !isUnconstrained(additional)
                    && schemas.stream().noneMatch(s -> sameShape(s, additional))) {
                schemas.add(additional);
            }
        }
        JsonNode own = parts.isEmpty() ? null : parts.get(0).get("additionalProperties");
        if (own != null) {
            out.set("additionalProperties", own);
        } else if (schemas.size() == 1) {
            out.set("additionalProperties", schemas.get(0));
        }
        if (!patterns.isEmpty()) {
            out.set("patternProperties", patterns);
        }
    }

    /** Whether a schema accepts any value: {@code true}, {@code {}} or annotations only. */
    static boolean isUnconstrained(JsonNode schema) {
        return schema.isBoolean() ? schema.asBoolean() : !TypeShapes.constrains(schema);
    }

    /** Whether two schemas map to the same Java type: equal but for validation keywords. */
    static boolean sameShape(JsonNode a, JsonNode b) {
        return stripped(a).equals(stripped(b));
    }

    private static JsonNode stripped(JsonNode schema) {
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode out = JSON.objectNode();
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>)
                schema::fields) {
            if (!VALIDATION.contains(e.getKey())) {
                out.set(e.getKey(), e.getKey().equals("properties") ? strippedEach(e.getValue())
                        : stripped(e.getValue()));
            }
        }
        return out;
    }

    private static JsonNode strippedEach(JsonNode properties) {
        ObjectNode out = JSON.objectNode();
        properties.fields().forEachRemaining(e -> out.set(e.getKey(), stripped(e.getValue())));
        return out;
    }
}
