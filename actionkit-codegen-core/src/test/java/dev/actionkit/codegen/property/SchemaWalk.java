package dev.actionkit.codegen.property;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks a JSON Schema by its keywords, telling subschemas apart from data: the schemas under
 * {@code properties}, {@code $defs}, {@code items}, {@code anyOf} and the like are schemas,
 * while {@code enum}, {@code const} and {@code default} values are data and are never entered.
 */
final class SchemaWalk {

    /** Keywords whose value is an object of name to schema. */
    private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties",
            "$defs", "definitions");
    /** Keywords whose value is a schema (or, for items, an array of schemas). */
    private static final Set<String> SCHEMAS = Set.of("items", "additionalProperties",
            "additionalItems", "not", "if", "then", "else", "contains");
    /** Keywords whose value is an array of schemas. */
    private static final Set<String> SCHEMA_LISTS = Set.of("anyOf", "oneOf", "allOf",
            "prefixItems");

    private SchemaWalk() {}

    /** Returns a copy of {@code schema} without any {@code description} keyword. */
    static JsonNode withoutDescriptions(JsonNode schema) {
        if (!schema.isObject()) {
            return schema.deepCopy();
        }
        ObjectNode out = ((ObjectNode) schema).objectNode();
        for (Map.Entry<String, JsonNode> entry : schema.properties()) {
            String keyword = entry.getKey();
            JsonNode value = entry.getValue();
            if (keyword.equals("description")) {
                continue;
            }
            out.set(keyword, mapSubschemas(keyword, value));
        }
        return out;
    }

    private static JsonNode mapSubschemas(String keyword, JsonNode value) {
        if (SCHEMA_MAPS.contains(keyword) && value.isObject()) {
            ObjectNode map = ((ObjectNode) value).objectNode();
            value.properties().forEach(e -> map.set(e.getKey(), withoutDescriptions(e.getValue())));
            return map;
        }
        if ((SCHEMA_LISTS.contains(keyword) || SCHEMAS.contains(keyword)) && value.isArray()) {
            ArrayNode list = ((ArrayNode) value).arrayNode();
            value.forEach(item -> list.add(withoutDescriptions(item)));
            return list;
        }
        if (SCHEMAS.contains(keyword)) {
            return withoutDescriptions(value);
        }
        return value.deepCopy();
    }

    /** Returns how many schema levels lie below {@code schema}: 0 for a leaf. */
    static int depth(JsonNode schema) {
        int deepest = 0;
        for (JsonNode child : children(schema)) {
            deepest = Math.max(deepest, 1 + depth(child));
        }
        return deepest;
    }

    private static List<JsonNode> children(JsonNode schema) {
        if (!schema.isObject()) {
            return List.of();
        }
        List<JsonNode> children = new ArrayList<>();
        schema.properties().forEach(e -> {
            String keyword = e.getKey();
            JsonNode value = e.getValue();
            if (SCHEMA_MAPS.contains(keyword) && value.isObject()) {
                value.forEach(children::add);
            } else if ((SCHEMA_LISTS.contains(keyword) || SCHEMAS.contains(keyword))
                    && value.isArray()) {
                value.forEach(children::add);
            } else if (SCHEMAS.contains(keyword)) {
                children.add(value);
            }
        });
        return children;
    }
}
