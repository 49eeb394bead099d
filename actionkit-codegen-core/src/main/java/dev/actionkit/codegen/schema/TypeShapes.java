package dev.actionkit.codegen.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.actionkit.codegen.naming.Identifiers;
import dev.actionkit.codegen.naming.NameAllocator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides the Java shape of one schema that is not a reference: scalar, enum, array, class,
 * map or the JSON-valued fallback. Unions, {@code const}, type arrays and enums are resolved
 * here; see {@code docs/GENERATED-API.md} for the table.
 */
final class TypeShapes {

    /** The JSON-valued fallback type: accepts any JSON value, serializes it as is. */
    static final String JSON_NODE = "com.fasterxml.jackson.databind.JsonNode";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Map<String, String> SCALARS = Map.of("string", "java.lang.String",
            "integer", "java.lang.Long", "number", "java.lang.Double",
            "boolean", "java.lang.Boolean");

    /** Keywords that describe a schema without constraining its values. */
    private static final Set<String> ANNOTATIONS = Set.of("description", "title", "$comment",
            "examples", "default", "deprecated", "readOnly", "writeOnly");

    private final SchemaNormalizer normalizer;

    TypeShapes(SchemaNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    static ObjectNode anyJson() {
        return JSON.objectNode().put("existingJavaType", JSON_NODE);
    }

    ObjectNode shape(JsonNode node, String pointer, String hint) {
        if (normalizer.composition().applies(node)) {
            return objectShape(normalizer.composition().merge(node, pointer), pointer, hint);
        }
        for (String keyword : List.of("anyOf", "oneOf", "allOf")) {
            int single = singleBranch(node, keyword);
            if (single >= 0) {
                return normalizer.normalize(node.get(keyword).get(single),
                        pointer + "/" + keyword + "/" + single, hint);
            }
        }
        if (node.has("anyOf") || node.has("oneOf") || node.has("allOf")) {
            return anyJson();
        }
        if (node.has("const")) {
            return scalarOf(List.of(node.get("const")));
        }
        if (node.has("enum")) {
            return enumShape(node, pointer, hint);
        }
        return byType(node, effectiveType(node), pointer, hint);
    }

    /**
     * Returns the index of the one non-null branch of a union, or -1 when there is not exactly
     * one (or no such union).
     */
    private static int singleBranch(JsonNode node, String keyword) {
        JsonNode branches = node.get(keyword);
        if (branches == null || !branches.isArray()) {
            return -1;
        }
        List<Integer> nonNull = new ArrayList<>();
        for (int i = 0; i < branches.size(); i++) {
            if (!branches.get(i).path("type").asText().equals("null")) {
                nonNull.add(i);
            }
        }
        return nonNull.size() == 1 ? nonNull.get(0) : -1;
    }

    /** Returns the type name, "" when none or several non-null types are given. */
    private static String effectiveType(JsonNode node) {
        JsonNode type = node.get("type");
        if (type != null && type.isTextual()) {
            return type.asText();
        }
        if (type != null && type.isArray()) {
            Set<String> nonNull = new LinkedHashSet<>();
            type.forEach(t -> {
                if (!t.asText().equals("null")) {
                    nonNull.add(t.asText());
                }
            });
            return nonNull.size() == 1 ? nonNull.iterator().next() : "";
        }
        if (node.path("properties").size() > 0) {
            return "object";
        }
        return node.has("items") ? "array" : "";
    }

    private ObjectNode byType(JsonNode node, String type, String pointer, String hint) {
        if (SCALARS.containsKey(type)) {
            return Numbers.wide(node, type).orElseGet(() -> JSON.objectNode().put("type", type));
        }
        if (type.equals("array")) {
            ObjectNode out = JSON.objectNode().put("type", "array");
            JsonNode items = node.get("items");
            out.set("items", items == null || !items.isObject() ? anyJson()
                    : normalizer.normalize(items, pointer + "/items", hint + "Item"));
            return out;
        }
        if (type.equals("object")) {
            return objectShape(node, pointer, hint);
        }
        return anyJson();
    }

    private ObjectNode objectShape(JsonNode node, String pointer, String hint) {
        if (node.path("properties").size() > 0) {
            return normalizer.objectClass(node, pointer, hint);
        }
        Extras.Values extras = Extras.of(node);
        JsonNode values = extras == null ? null : extras.schema();
        if (values != null && values.isObject() && constrains(values)) {
            String valueType = values.has("enum") || values.has("const") ? null
                    : SCALARS.get(values.path("type").asText());
            String valueClass = valueType == null ? JSON_NODE : valueType;
            return JSON.objectNode().put("existingJavaType", "java.util.Map<java.lang.String,"
                    + valueClass + ">").put(NormalizedSchema.MAP_VALUES, valueClass);
        }
        return anyJson();
    }

    /**
     * Whether a schema says anything about its values: {@code {}} and a schema of annotations
     * only (a description, a title) accept any value alike, so a description never decides a
     * type.
     */
    static boolean constrains(JsonNode schema) {
        for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
            if (!ANNOTATIONS.contains(it.next())) {
                return true;
            }
        }
        return false;
    }

    private ObjectNode enumShape(JsonNode node, String pointer, String hint) {
        Set<JsonNode> values = new LinkedHashSet<>();
        node.get("enum").forEach(value -> {
            if (value.isTextual()) {
                values.add(JSON.textNode(Utf16.wellFormed(value.asText())));
            } else if (!value.isNull()) {
                values.add(value);
            }
        });
        if (!node.get("enum").isArray() || values.isEmpty()) {
            return JSON.objectNode().put("type", "string");
        }
        if (!values.stream().allMatch(JsonNode::isTextual)) {
            return scalarOf(new ArrayList<>(values));
        }
        ObjectNode out = JSON.objectNode().put("type", "string");
        ArrayNode wire = out.putArray("enum");
        ArrayNode names = out.putArray("javaEnumNames");
        NameAllocator<String> allocator = new NameAllocator<>(false, n -> false);
        // Enums once had a CONSTANTS map; the name stays reserved so constants keep their names.
        allocator.reserve("CONSTANTS");
        values.forEach(v -> allocator.request(v.asText(), v.asText(),
                Identifiers.constantCase(v.asText(), "EMPTY")));
        allocator.allocate(String::compareTo).forEach((value, name) -> {
            wire.add(value);
            names.add(name);
        });
        normalizer.namedEnum(out, pointer, hint);
        return out;
    }

    /** Maps values of one JSON kind to that scalar type, mixed kinds to the JSON fallback. */
    private static ObjectNode scalarOf(List<JsonNode> values) {
        if (values.stream().allMatch(JsonNode::isTextual)) {
            return JSON.objectNode().put("type", "string");
        }
        if (values.stream().allMatch(JsonNode::isIntegralNumber)) {
            return Numbers.wideValues(values)
                    .orElseGet(() -> JSON.objectNode().put("type", "integer"));
        }
        if (values.stream().allMatch(JsonNode::isNumber)) {
            return JSON.objectNode().put("type", "number");
        }
        if (values.stream().allMatch(JsonNode::isBoolean)) {
            return JSON.objectNode().put("type", "boolean");
        }
        return anyJson();
    }
}
