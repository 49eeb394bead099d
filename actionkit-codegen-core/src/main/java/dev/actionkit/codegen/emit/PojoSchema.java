package dev.actionkit.codegen.emit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.ClassName;
import dev.actionkit.codegen.schema.NormalizedSchema;
import java.util.List;
import java.util.Map;

/**
 * Writes jsonschema2pojo's input from the model: a copy of a normalized schema in which each
 * type marker becomes the name the model decided ({@code javaType} where the type is defined,
 * {@code existingJavaType} where it is reused). The model's nodes are never modified.
 */
final class PojoSchema {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private PojoSchema() {}

    /** Returns the copy of {@code root} with the names of {@code classes} in it. */
    static ObjectNode of(ObjectNode root, List<ClassName> classes) {
        return (ObjectNode) copy(root, classes);
    }

    private static JsonNode copy(JsonNode node, List<ClassName> classes) {
        if (node.isArray()) {
            ArrayNode out = JSON.arrayNode(node.size());
            node.forEach(item -> out.add(copy(item, classes)));
            return out;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode out = JSON.objectNode();
        for (var it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            switch (field.getKey()) {
                case NormalizedSchema.TYPE -> out.put("javaType",
                        classes.get(field.getValue().asInt()).canonicalName());
                case NormalizedSchema.TYPE_REF -> out.put("existingJavaType",
                        classes.get(field.getValue().asInt()).canonicalName());
                case NormalizedSchema.MAP_VALUES -> { }
                default -> out.set(field.getKey(), copy(field.getValue(), classes));
            }
        }
        return out;
    }
}
