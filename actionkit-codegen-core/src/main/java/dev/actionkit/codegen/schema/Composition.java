package dev.actionkit.codegen.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.actionkit.runtime.catalog.CatalogJson;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges a composed object schema into one plain object schema, so that it becomes one class
 * that loses no member: its own {@code properties}, every {@code allOf} branch (their
 * {@code required} kept) and every {@code oneOf}/{@code anyOf} branch (their members optional,
 * since each document picks a branch). Local {@code $ref}s are followed. A property declared
 * differently by two parts is reported ({@code composition-conflict}, with both pointers) and
 * becomes a JSON value, which holds what either part allows.
 *
 * <p>It applies when a schema combines at least two object parts and every part is an object
 * schema: a lone {@code allOf} branch or a nullable union ({@code anyOf [X, null]}) keeps its
 * own mapping, a union of scalars stays a JSON value. Pure apart from warnings; the input is
 * never modified (the merged schema holds the original property nodes, whose locations
 * {@link #origin} returns).
 */
final class Composition {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> UNIONS = List.of("oneOf", "anyOf");
    private static final int MAX_DEPTH = 16;
    /** Keywords that only constrain objects: a branch without a type that has one is an object. */
    private static final List<String> OBJECT_KEYWORDS = List.of("properties", "required",
            "additionalProperties", "patternProperties", "minProperties", "maxProperties");

    private final JsonNode root;
    private final SchemaNormalizer normalizer;
    private final Map<JsonNode, String> origins = new IdentityHashMap<>();

    Composition(JsonNode root, SchemaNormalizer normalizer) {
        this.root = root;
        this.normalizer = normalizer;
    }

    /**
     * Returns the JSON pointer of a schema merged here (a property's, an
     * {@code additionalProperties} or {@code patternProperties} value), or {@code fallback}.
     */
    String origin(JsonNode property, String fallback) {
        return origins.getOrDefault(property, fallback);
    }

    /** Whether {@code node} combines two or more object parts that can all be merged. */
    boolean applies(JsonNode node) {
        if (!node.isObject() || !node.has("allOf") && !UNIONS.stream().anyMatch(node::has)
                || node.has("type") && !objectType(node.get("type"))) {
            return false;
        }
        int parts = node.path("properties").size() > 0 ? 1 : 0;
        for (String keyword : List.of("allOf", "oneOf", "anyOf")) {
            JsonNode branches = node.get(keyword);
            if (branches == null) {
                continue;
            }
            if (!branches.isArray()) {
                return false;
            }
            for (JsonNode branch : branches) {
                if (!isNull(branch)) {
                    if (!objectPart(branch, new LinkedHashSet<>())) {
                        return false;
                    }
                    parts++;
                }
            }
        }
        return parts >= 2;
    }

    /** Returns the merged object schema of {@code node}, located at {@code pointer}. */
    ObjectNode merge(JsonNode node, String pointer) {
        Merged merged = new Merged();
        merged.add(node, pointer, true, 0);
        return merged.toSchema(node);
    }

    /**
     * Whether a branch only admits objects (or is a bare object constraint such as
     * {@code {"required": [...]}}); {@code {}} and a recursive reference are not.
     */
    private boolean objectPart(JsonNode branch, Set<String> refs) {
        JsonNode target = resolve(branch);
        if (target == null || !target.isObject() || refs.size() > MAX_DEPTH
                || branch.has("$ref") && !refs.add(branch.get("$ref").asText())) {
            return false;
        }
        JsonNode type = target.get("type");
        if (type != null) {
            return type.isTextual() && type.asText().equals("object");
        }
        if (target.has("enum") || target.has("const") || target.has("items")) {
            return false;
        }
        boolean composed = false;
        for (String keyword : List.of("allOf", "oneOf", "anyOf")) {
            for (JsonNode inner : target.path(keyword)) {
                if (!isNull(inner) && !objectPart(inner, new LinkedHashSet<>(refs))) {
                    return false;
                }
                composed = true;
            }
        }
        return composed || OBJECT_KEYWORDS.stream().anyMatch(target::has);
    }

    /** Whether a type keyword admits objects and nothing else but {@code null}. */
    private static boolean objectType(JsonNode type) {
        if (!type.isArray()) {
            return type.asText().equals("object");
        }
        boolean object = false;
        for (JsonNode t : type) {
            if (t.asText().equals("object")) {
                object = true;
            } else if (!t.asText().equals("null")) {
                return false;
            }
        }
        return object;
    }

    private static boolean isNull(JsonNode branch) {
        return branch.path("type").asText().equals("null");
    }

    /** Returns the schema a branch stands for: itself, or the target of its local ref. */
    private JsonNode resolve(JsonNode branch) {
        if (!branch.has("$ref")) {
            return branch;
        }
        String ref = branch.get("$ref").asText();
        if (!ref.startsWith("#/")) {
            return null;
        }
        JsonNode target = root.at(ref.substring(1));
        return target.isMissingNode() ? null : target;
    }

    private static String locationOf(JsonNode branch, String pointer) {
        return branch.has("$ref") ? branch.get("$ref").asText().substring(1) : pointer;
    }

    /** The parts collected so far. */
    private final class Merged {

        private final Map<String, JsonNode> properties = new LinkedHashMap<>();
        private final Map<String, String> declaredAt = new LinkedHashMap<>();
        private final Set<String> conflicts = new LinkedHashSet<>();
        private final Map<String, String> required = new LinkedHashMap<>();
        private final List<JsonNode> extras = new ArrayList<>();
        private final Set<String> visiting = new LinkedHashSet<>();

        void add(JsonNode branch, String pointer, boolean mandatory, int depth) {
            JsonNode node = resolve(branch);
            String at = locationOf(branch, pointer);
            if (node == null || depth > MAX_DEPTH || !visiting.add(at)) {
                return;
            }
            node.path("properties").fields().forEachRemaining(e -> property(e.getKey(),
                    e.getValue(), at + "/properties/" + CatalogJson.escapePointer(e.getKey())));
            JsonNode names = node.path("required");
            for (int i = 0; mandatory && names.isArray() && i < names.size(); i++) {
                required.putIfAbsent(names.get(i).asText(), at + "/required/" + i);
            }
            if (depth == 0 || mandatory) {
                extras.add(node);
                if (node.path("additionalProperties").isObject()) {
                    origins.putIfAbsent(node.get("additionalProperties"),
                            at + "/additionalProperties");
                }
                node.path("patternProperties").fields().forEachRemaining(e -> origins.putIfAbsent(
                        e.getValue(), at + "/patternProperties/"
                                + CatalogJson.escapePointer(e.getKey())));
            }
            JsonNode allOf = node.path("allOf");
            for (int i = 0; i < allOf.size(); i++) {
                add(allOf.get(i), at + "/allOf/" + i, mandatory, depth + 1);
            }
            for (String keyword : UNIONS) {
                JsonNode branches = node.path(keyword);
                for (int i = 0; i < branches.size(); i++) {
                    add(branches.get(i), at + "/" + keyword + "/" + i, false, depth + 1);
                }
            }
            visiting.remove(at);
        }

        private void property(String name, JsonNode schema, String pointer) {
            origins.putIfAbsent(schema, pointer);
            JsonNode known = properties.get(name);
            if (conflicts.contains(name)) {
                return;
            }
            if (known == null || Extras.isUnconstrained(known)) {
                properties.put(name, schema);
                declaredAt.put(name, pointer);
            } else if (!Extras.isUnconstrained(schema) && !Extras.sameShape(known, schema)) {
                normalizer.warn("composition-conflict", pointer, "\"" + name + "\" is declared "
                        + "differently at " + declaredAt.get(name) + "; it is mapped to a JSON "
                        + "value, which holds what either declaration allows");
                ObjectNode any = JSON.objectNode();
                origins.put(any, declaredAt.get(name));
                properties.put(name, any);
                conflicts.add(name);
            }
        }

        ObjectNode toSchema(JsonNode node) {
            ObjectNode out = JSON.objectNode().put("type", "object");
            if (node.has("description")) {
                out.set("description", node.get("description"));
            }
            ObjectNode outProperties = out.putObject("properties");
            properties.forEach(outProperties::set);
            ArrayNode outRequired = out.putArray("required");
            required.forEach((name, pointer) -> {
                if (properties.containsKey(name)) {
                    outRequired.add(name);
                } else if (!properties.isEmpty()) {
                    normalizer.warn("unknown-required-property", pointer, "required names \""
                            + name + "\", which no part of the composition declares; ignored");
                }
            });
            Extras.mergeInto(extras, out);
            return out;
        }
    }
}
