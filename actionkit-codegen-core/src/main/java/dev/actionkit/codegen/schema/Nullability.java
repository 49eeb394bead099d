package dev.actionkit.codegen.schema;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Whether a property's schema allows an explicit JSON {@code null}: {@code "nullable": true},
 * a type array with {@code "null"}, an {@code anyOf}/{@code oneOf} branch of type
 * {@code "null"}, or an enum listing {@code null}. The normalizer maps such a property to its
 * non-null type and marks it with {@value NormalizedSchema#NULLABLE}, so that its builder setter
 * can send {@code null}.
 */
final class Nullability {

    private Nullability() {}

    /** Returns whether {@code schema} (a property's schema as the catalog gives it) is nullable. */
    static boolean of(JsonNode schema) {
        if (!schema.isObject()) {
            return false;
        }
        if (schema.path("nullable").asBoolean(false) || isNullType(schema.get("type"))) {
            return true;
        }
        for (String keyword : new String[] {"anyOf", "oneOf"}) {
            for (JsonNode branch : schema.path(keyword)) {
                if (branch.isObject() && isNullType(branch.get("type"))) {
                    return true;
                }
            }
        }
        for (JsonNode value : schema.path("enum")) {
            if (value.isNull()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNullType(JsonNode type) {
        if (type == null) {
            return false;
        }
        for (JsonNode t : type) {
            if (t.asText().equals("null")) {
                return true;
            }
        }
        return type.isTextual() && type.asText().equals("null");
    }
}
