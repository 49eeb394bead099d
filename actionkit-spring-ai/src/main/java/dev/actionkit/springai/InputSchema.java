package dev.actionkit.springai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.actionkit.runtime.ActionDescriptor;

/**
 * The input schema a model is given for an action: the action's JSON Schema as the catalog gave
 * it, with {@code "type": "object"} at the root and {@code required} limited to properties that
 * exist (real catalogs name missing ones, which model APIs reject), as the LangChain4j adapter
 * does.
 */
final class InputSchema {

    private InputSchema() {}

    static String of(ActionDescriptor action) {
        JsonNode parsed = action.parametersSchema();
        if (!parsed.isObject()) {
            return "{\"type\":\"object\"}";
        }
        ObjectNode schema = (ObjectNode) parsed;
        if (!schema.has("type")) {
            schema.put("type", "object");
        }
        JsonNode properties = schema.path("properties");
        if (schema.path("required").isArray()) {
            ArrayNode kept = schema.arrayNode();
            schema.path("required").forEach(name -> {
                if (name.isTextual() && properties.has(name.asText()) && !contains(kept, name)) {
                    kept.add(name);
                }
            });
            schema.set("required", kept);
        }
        return schema.toString();
    }

    private static boolean contains(ArrayNode names, JsonNode name) {
        for (JsonNode kept : names) {
            if (kept.equals(name)) {
                return true;
            }
        }
        return false;
    }
}
