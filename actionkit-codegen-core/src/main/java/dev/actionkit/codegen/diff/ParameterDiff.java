package dev.actionkit.codegen.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compares the top-level parameters of two versions of one action's schema. */
final class ParameterDiff {

    private ParameterDiff() {}

    static void compare(String integration, String action, JsonNode before, JsonNode after,
            List<CatalogChange> changes) {
        Map<String, JsonNode> oldProperties = properties(before);
        Map<String, JsonNode> newProperties = properties(after);
        Set<String> oldRequired = required(before, oldProperties);
        Set<String> newRequired = required(after, newProperties);
        oldProperties.keySet().stream()
                .filter(name -> !newProperties.containsKey(name))
                .forEach(name -> changes.add(change(CatalogChange.Kind.PARAMETER_REMOVED,
                        integration, action, name, "", true)));
        newProperties.forEach((name, schema) -> {
            JsonNode old = oldProperties.get(name);
            boolean requiredNow = newRequired.contains(name);
            if (old == null) {
                changes.add(change(CatalogChange.Kind.PARAMETER_ADDED, integration, action, name,
                        "", requiredNow));
                return;
            }
            boolean requiredBefore = oldRequired.contains(name);
            if (requiredNow && !requiredBefore) {
                changes.add(change(CatalogChange.Kind.PARAMETER_NOW_REQUIRED, integration, action,
                        name, "", true));
            } else if (requiredBefore && !requiredNow) {
                changes.add(change(CatalogChange.Kind.PARAMETER_NOW_OPTIONAL, integration, action,
                        name, "", false));
            }
            String oldType = typeOf(old);
            String newType = typeOf(schema);
            if (!oldType.equals(newType)) {
                changes.add(change(CatalogChange.Kind.TYPE_CHANGED, integration, action, name,
                        oldType + " -> " + newType, true));
            }
        });
    }

    /**
     * Describes a parameter's type in a few characters: {@code string}, {@code string|null},
     * {@code array<integer>}, {@code anyOf}, {@code $ref}, {@code const}, {@code enum} or
     * {@code any}.
     */
    static String typeOf(JsonNode schema) {
        if (schema == null || !schema.isObject()) {
            return "any";
        }
        JsonNode type = schema.get("type");
        if (type != null && type.isTextual()) {
            return type.asText().equals("array") ? "array<" + typeOf(schema.get("items")) + ">"
                    : type.asText();
        }
        if (type != null && type.isArray()) {
            List<String> names = new ArrayList<>();
            type.forEach(name -> names.add(name.asText()));
            return String.join("|", names);
        }
        for (String keyword : List.of("$ref", "anyOf", "oneOf", "allOf", "const", "enum")) {
            if (schema.has(keyword)) {
                return keyword;
            }
        }
        return "any";
    }

    private static Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        JsonNode node = schema == null ? null : schema.get("properties");
        if (node != null && node.isObject()) {
            node.fields().forEachRemaining(
                    field -> properties.put(field.getKey(), field.getValue()));
        }
        return properties;
    }

    /** The required names that name an existing property: real catalogs name missing ones. */
    private static Set<String> required(JsonNode schema, Map<String, JsonNode> properties) {
        Set<String> required = new LinkedHashSet<>();
        JsonNode node = schema == null ? null : schema.get("required");
        if (node != null && node.isArray()) {
            node.forEach(name -> {
                if (name.isTextual() && properties.containsKey(name.asText())) {
                    required.add(name.asText());
                }
            });
        }
        return required;
    }

    private static CatalogChange change(CatalogChange.Kind kind, String integration, String action,
            String parameter, String detail, boolean breaking) {
        return new CatalogChange(kind, integration, action, parameter, detail, breaking);
    }
}
