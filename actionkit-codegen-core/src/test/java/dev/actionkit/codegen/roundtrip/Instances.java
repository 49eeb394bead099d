package dev.actionkit.codegen.roundtrip;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Draws random documents that a JSON Schema allows: types and type arrays, {@code nullable},
 * {@code enum}, {@code const}, local {@code $ref}, {@code properties} with {@code required},
 * extra keys where {@code additionalProperties} allows them (typed by its schema),
 * {@code patternProperties}, arrays, and compositions: every {@code allOf} branch and one
 * {@code oneOf}/{@code anyOf} branch are merged into the object drawn. Free-form values are
 * any JSON, explicit nulls included. Validity is checked by {@link SchemaCheck}, not assumed.
 */
final class Instances {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> TEXTS = List.of("", "Ada", "a \"quoted\" \\ text",
            "line\nbreak", "émoji 🚀", "1000+", "null", "{{settings.x}}");
    /** Deeper than any schema drawn here nests (they never recurse); a guard, not a limit. */
    private static final int MAX_DEPTH = 40;

    private final JsonNode root;
    private final Random random;

    Instances(JsonNode root, Random random) {
        this.root = root;
        this.random = random;
    }

    /** Returns a document {@code schema} allows. */
    JsonNode of(JsonNode schema) {
        return draw(schema, 0);
    }

    private JsonNode draw(JsonNode schema, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("a schema nests deeper than " + MAX_DEPTH);
        }
        if (!schema.isObject()) {
            return anyJson(depth);
        }
        if (schema.has("$ref")) {
            return draw(root.at(schema.get("$ref").asText().substring(1)), depth + 1);
        }
        if (schema.path("nullable").asBoolean(false) && random.nextInt(3) == 0) {
            return JSON.nullNode();
        }
        if (schema.has("const")) {
            return schema.get("const").deepCopy();
        }
        if (schema.has("enum")) {
            JsonNode values = schema.get("enum");
            return values.get(random.nextInt(values.size())).deepCopy();
        }
        if (schema.has("allOf") || isObject(schema)) {
            return object(schema, depth);
        }
        for (String keyword : List.of("anyOf", "oneOf")) {
            if (schema.has(keyword)) {
                JsonNode branches = schema.get(keyword);
                return draw(branches.get(random.nextInt(branches.size())), depth + 1);
            }
        }
        return byType(schema, chosenType(schema), depth);
    }

    private String chosenType(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return schema.has("items") ? "array" : "";
        }
        return type.isArray() ? type.get(random.nextInt(type.size())).asText() : type.asText();
    }

    private boolean isObject(JsonNode schema) {
        JsonNode type = schema.get("type");
        boolean objectType = type != null && type.asText().equals("object");
        return (objectType || type == null && schema.has("properties"))
                && (schema.has("properties") || schema.has("patternProperties")
                        || schema.has("additionalProperties") || schema.has("anyOf")
                        || schema.has("oneOf"));
    }

    private JsonNode byType(JsonNode schema, String type, int depth) {
        return switch (type) {
            case "string" -> JSON.textNode(TEXTS.get(random.nextInt(TEXTS.size())));
            case "integer" -> integer(schema);
            case "number" -> schema.path("format").asText().equals("decimal")
                    ? JSON.numberNode(new BigDecimal(random.nextInt(1000) + ".0000000000000000000"
                            + random.nextInt(1000)))
                    : random.nextBoolean() ? JSON.numberNode(random.nextInt(2000) - 1000)
                    : JSON.numberNode((random.nextInt(2_000_000) - 1_000_000) / 1000.0);
            case "boolean" -> JSON.booleanNode(random.nextBoolean());
            case "null" -> JSON.nullNode();
            case "array" -> array(schema.path("items"), depth);
            case "object" -> anyObject(depth);
            default -> anyJson(depth);
        };
    }

    private JsonNode integer(JsonNode schema) {
        JsonNode minimum = schema.get("minimum");
        if (minimum != null && minimum.isIntegralNumber()) {
            return JSON.numberNode(minimum.bigIntegerValue()
                    .add(BigInteger.valueOf(random.nextInt(1000))));
        }
        return JSON.numberNode(random.nextInt(2000) - 1000L);
    }

    private ArrayNode array(JsonNode items, int depth) {
        ArrayNode out = JSON.arrayNode();
        int size = random.nextInt(3);
        for (int i = 0; i < size; i++) {
            out.add(items.isMissingNode() ? anyJson(depth + 1) : draw(items, depth + 1));
        }
        return out;
    }

    /** Draws an object from the merged parts of {@code schema} (see {@link ObjectParts}). */
    private ObjectNode object(JsonNode schema, int depth) {
        ObjectParts parts = ObjectParts.of(schema, root, random);
        ObjectNode out = JSON.objectNode();
        for (Map.Entry<String, JsonNode> property : parts.properties().entrySet()) {
            if (parts.required().contains(property.getKey()) || random.nextInt(5) < 3) {
                out.set(property.getKey(), draw(property.getValue(), depth + 1));
            }
        }
        for (Map.Entry<String, JsonNode> pattern : parts.patterns().entrySet()) {
            for (String key : keysMatching(pattern.getKey())) {
                if (!parts.properties().containsKey(key)) {
                    out.set(key, draw(pattern.getValue(), depth + 1));
                }
            }
        }
        if (parts.extras() != null) {
            int count = random.nextInt(3);
            for (int i = 0; i < count; i++) {
                String key = "extra." + random.nextInt(100);
                if (!parts.properties().containsKey(key) && !parts.matchesPattern(key)) {
                    out.set(key, draw(parts.extras(), depth + 1));
                }
            }
        }
        return out;
    }

    private List<String> keysMatching(String pattern) {
        List<String> keys = new ArrayList<>();
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String key = switch (pattern) {
                case "^createOptions[0-9]*$" -> "createOptions" + (i == 0 ? "" : i * 7);
                case "^x-" -> "x-" + TEXTS.get(random.nextInt(TEXTS.size()));
                case "^tag_[a-z]+$" -> "tag_" + "abc".substring(random.nextInt(3));
                default -> pattern.replaceAll("[\\^$\\[\\]*+?().]", "");
            };
            if (Pattern.compile(pattern).matcher(key).find()) {
                keys.add(key);
            }
        }
        return keys;
    }

    private ObjectNode anyObject(int depth) {
        ObjectNode object = JSON.objectNode();
        for (int i = random.nextInt(3); i > 0; i--) {
            object.set("k" + random.nextInt(9), anyJson(depth + 1));
        }
        return object;
    }

    /** Any JSON value: scalars, nulls, nested objects and arrays (free-form values). */
    JsonNode anyJson(int depth) {
        int pick = random.nextInt(depth > 3 ? 5 : 7);
        switch (pick) {
            case 0: return JSON.nullNode();
            case 1: return JSON.textNode(TEXTS.get(random.nextInt(TEXTS.size())));
            case 2: return JSON.numberNode(random.nextInt(100));
            case 3: return JSON.numberNode(random.nextInt(1000) / 8.0);
            case 4: return JSON.booleanNode(random.nextBoolean());
            case 5: return anyObject(depth);
            default:
                ArrayNode array = JSON.arrayNode();
                for (int i = random.nextInt(3); i > 0; i--) {
                    array.add(anyJson(depth + 1));
                }
                return array;
        }
    }
}
