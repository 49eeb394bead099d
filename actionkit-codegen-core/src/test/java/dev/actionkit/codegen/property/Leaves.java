package dev.actionkit.codegen.property;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The schemas without subschemas that {@link SchemaShapes} ends its trees with: scalars with
 * {@code format}, {@code pattern} and {@code default}, enums (strings, numbers, mixed,
 * duplicates, case twins, empty strings, empty lists), {@code const}, type arrays, free-form
 * objects, references of every kind, and values that are not schemas at all.
 */
final class Leaves {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final List<String> TYPES = List.of("string", "integer", "number", "boolean",
            "null", "object", "array", "String", "", "any");
    private static final List<String> FORMATS = List.of("date-time", "date", "email", "uri",
            "int64", "binary", "uuid", "*/", "\\u002a/");
    private static final List<String> DEFAULTS = List.of("\"2020-01-01\"", "3", "1.5", "true",
            "null", "{\"a\":1}", "[1,\"x\"]", "\"*/ $T %s\"", "\"\"", "-0", "1e300");
    private static final List<String> REFS = List.of("#", "#/properties/x",
            "#/properties/a~1b", "#/properties/", "#/$defs/Node", "#/$defs/Address",
            "#/$defs/a~1b", "#/definitions/Node", "#/$defs/Nope", "#/items", "#/%20", "#foo", "",
            "https://example.com/schema.json", "other.json#/x", "#/properties/0",
            "#/$defs/Node/properties/children", "#/properties/sameAsFirst", "#/required/0");

    private Leaves() {}

    /** Returns {@code {"type": t}} with optional format, pattern, default and bounds. */
    static Arbitrary<JsonNode> scalar() {
        return Combinators.combine(Arbitraries.frequencyOf(
                                Tuple.of(12, Arbitraries.of("string", "integer", "number",
                                        "boolean")),
                                Tuple.of(1, Arbitraries.of(TYPES))),
                        Arbitraries.integers().between(0, 7), Arbitraries.of(FORMATS),
                        Arbitraries.of(DEFAULTS))
                .as((type, keywords, format, defaultValue) -> {
                    ObjectNode out = JSON.objectNode().put("type", type);
                    if ((keywords & 1) != 0) {
                        out.put("format", format);
                    }
                    if ((keywords & 2) != 0) {
                        out.put("pattern", "^[a-z]+\\d*/*$").put("minLength", 1);
                    }
                    if ((keywords & 4) != 0) {
                        out.set("default", parse(defaultValue));
                    }
                    return out;
                });
    }

    /** Returns enums of strings (with twins, duplicates, ""), numbers, mixed kinds, or none. */
    static Arbitrary<JsonNode> enumeration() {
        Arbitrary<JsonNode> text = HostileNames.any().map(JSON::textNode);
        Arbitrary<JsonNode> number = Arbitraries.of(JSON.numberNode(0), JSON.numberNode(1),
                JSON.numberNode(-1), JSON.numberNode(1.5), JSON.numberNode(1L << 40),
                JSON.numberNode(new java.math.BigInteger("123456789012345678901234567890")));
        Arbitrary<JsonNode> other = Arbitraries.of(JSON.booleanNode(true), JSON.nullNode(),
                JSON.objectNode(), JSON.arrayNode());
        Arbitrary<List<JsonNode>> values = Arbitraries.frequencyOf(
                Tuple.of(6, text.list().ofMaxSize(6)),
                Tuple.of(2, number.list().ofMaxSize(4)),
                Tuple.of(2, Arbitraries.frequencyOf(Tuple.of(3, text), Tuple.of(1, number),
                        Tuple.of(1, other)).list().ofMaxSize(5)));
        return Combinators.combine(values, Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 3)).as(Leaves::enumOf);
    }

    private static JsonNode enumOf(List<JsonNode> values, int twins, int typeForm) {
        ObjectNode out = JSON.objectNode();
        switch (typeForm) {
            case 1 -> out.put("type", "string");
            case 2 -> out.put("type", "integer");
            case 3 -> out.putArray("type").add("string").add("null");
            default -> { }
        }
        ArrayNode list = out.putArray("enum").addAll(values);
        for (int i = 0; i < Math.min(twins, values.size()); i++) {
            JsonNode value = values.get(i);
            list.add(value.isTextual() ? JSON.textNode(HostileNames.twin(value.asText(), i))
                    : value);
        }
        if (twins == 4 && !values.isEmpty()) {
            list.add(values.get(0));
        }
        return out;
    }

    /** Returns {@code const} of each JSON kind. */
    static Arbitrary<JsonNode> constant() {
        return Arbitraries.oneOf(HostileNames.any().map(JSON::textNode),
                        Arbitraries.of(JSON.numberNode(5), JSON.numberNode(2.5), JSON.nullNode(),
                                JSON.booleanNode(false), parse("{\"k\":\"v\"}"), parse("[1]")))
                .map(value -> {
                    ObjectNode out = JSON.objectNode();
                    out.set("const", value);
                    return out;
                });
    }

    /** Returns type arrays: nullable scalars, several types, empty, or nonsense. */
    static Arbitrary<JsonNode> typeArray() {
        return Arbitraries.of("[\"string\",\"null\"]", "[\"integer\",\"null\"]",
                "[\"null\",\"number\"]", "[\"boolean\",\"null\"]", "[\"string\",\"integer\"]",
                "[\"null\"]", "[]", "[\"object\",\"null\"]", "[\"array\",\"null\"]",
                "[\"string\",\"string\"]", "[1,true]", "[\"object\",\"array\"]")
                .map(types -> {
                    ObjectNode out = JSON.objectNode();
                    out.set("type", parse(types));
                    return out;
                });
    }

    /** Returns free-form objects: no properties, whatever the value really is. */
    static Arbitrary<JsonNode> freeForm() {
        return Arbitraries.of("{\"type\":\"object\"}", "{}", "{\"type\":\"object\","
                        + "\"additionalProperties\":true}",
                "{\"type\":\"object\",\"properties\":{}}",
                "{\"type\":\"object\",\"additionalProperties\":{}}", "{\"type\":\"object\","
                        + "\"additionalProperties\":false}", "{\"properties\":{},\"required\":[]}",
                "{\"type\":\"object\",\"additionalProperties\":{\"type\":\"string\","
                        + "\"enum\":[\"a\"]}}")
                .map(Leaves::parse);
    }

    /** Returns {@code $ref}s: root, property, recursive definitions, dangling and remote. */
    static Arbitrary<JsonNode> reference() {
        return Combinators.combine(Arbitraries.of(REFS), Arbitraries.of(true, false))
                .as((ref, withSiblings) -> {
                    ObjectNode out = JSON.objectNode().put("$ref", ref);
                    if (withSiblings) {
                        out.put("type", "string");
                    }
                    return out;
                });
    }

    /** Returns JSON values where a schema belongs: booleans, null, strings, numbers, arrays. */
    static Arbitrary<JsonNode> notASchema() {
        return Arbitraries.of("true", "false", "null", "\"string\"", "1", "[]", "[{}]")
                .map(Leaves::parse);
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
