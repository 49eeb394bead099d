package dev.actionkit.codegen.roundtrip;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an object document drawn for a schema must and may hold: the schema's own keywords merged
 * with every {@code allOf} branch and one randomly chosen {@code oneOf}/{@code anyOf} branch,
 * local {@code $ref}s followed.
 *
 * @param properties declared properties and their schemas
 * @param required the names that must be present
 * @param patterns {@code patternProperties}
 * @param extras the schema of other keys, null when none are allowed
 */
record ObjectParts(Map<String, JsonNode> properties, Set<String> required,
        Map<String, JsonNode> patterns, JsonNode extras) {

    static ObjectParts of(JsonNode schema, JsonNode root, Random random) {
        ObjectParts parts = new ObjectParts(new LinkedHashMap<>(), new LinkedHashSet<>(),
                new LinkedHashMap<>(), JsonNodeFactory.instance.objectNode());
        return parts.merge(schema, root, random);
    }

    /** Whether {@code key} matches one of the patterns. */
    boolean matchesPattern(String key) {
        return patterns.keySet().stream().anyMatch(p -> Pattern.compile(p).matcher(key).find());
    }

    private ObjectParts merge(JsonNode schema, JsonNode root, Random random) {
        JsonNode node = schema.has("$ref") ? root.at(schema.get("$ref").asText().substring(1))
                : schema;
        node.path("properties").fields().forEachRemaining(e -> {
            JsonNode known = properties.get(e.getKey());
            if (known == null || known.size() == 0
                    || known.has("description") && known.size() == 1) {
                properties.put(e.getKey(), e.getValue());
            }
        });
        node.path("required").forEach(name -> required.add(name.asText()));
        node.path("patternProperties").fields()
                .forEachRemaining(e -> patterns.put(e.getKey(), e.getValue()));
        ObjectParts merged = this;
        JsonNode additional = node.get("additionalProperties");
        if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
            merged = new ObjectParts(properties, required, patterns, null);
        } else if (additional != null && additional.isObject() && extras != null) {
            merged = new ObjectParts(properties, required, patterns, additional);
        }
        for (JsonNode branch : node.path("allOf")) {
            merged = merged.merge(branch, root, random);
        }
        for (String keyword : new String[] {"oneOf", "anyOf"}) {
            JsonNode branches = node.path(keyword);
            if (branches.size() > 0) {
                merged = merged.merge(branches.get(random.nextInt(branches.size())), root, random);
            }
        }
        return merged;
    }
}
