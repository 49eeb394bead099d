package dev.actionkit.codegen.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.actionkit.codegen.schema.NormalizedSchema;
import java.util.List;
import java.util.Map;

/**
 * Decides the Java type of a normalized schema node, once, from the normalizer's vocabulary
 * (see {@link NormalizedSchema}) and the names decided for the action's types: the type
 * jsonschema2pojo declares for the same node, which the emitter checks.
 */
final class JavaTypes {

    private static final ClassName STRING = ClassName.get(String.class);
    private static final ClassName LIST = ClassName.get(List.class);
    private static final ClassName MAP = ClassName.get(Map.class);
    private static final Map<String, ClassName> SCALARS = Map.of("string", STRING,
            "integer", ClassName.get(Long.class), "number", ClassName.get(Double.class),
            "boolean", ClassName.get(Boolean.class));

    private JavaTypes() {}

    /** Returns the type of {@code node}; {@code classes} are the action's types by index. */
    static TypeName of(JsonNode node, List<ClassName> classes) {
        if (node.has(NormalizedSchema.TYPE)) {
            return classes.get(node.get(NormalizedSchema.TYPE).asInt());
        }
        if (node.has(NormalizedSchema.TYPE_REF)) {
            return classes.get(node.get(NormalizedSchema.TYPE_REF).asInt());
        }
        if (node.has(NormalizedSchema.MAP_VALUES)) {
            return ParameterizedTypeName.get(MAP, STRING,
                    ClassName.bestGuess(node.get(NormalizedSchema.MAP_VALUES).asText()));
        }
        if (node.has("existingJavaType")) {
            return ClassName.bestGuess(node.get("existingJavaType").asText());
        }
        String type = node.path("type").asText();
        if (type.equals("array")) {
            return ParameterizedTypeName.get(LIST, of(node.path("items"), classes));
        }
        ClassName scalar = SCALARS.get(type);
        if (scalar == null) {
            throw new IllegalArgumentException("not a normalized type node: " + node);
        }
        return scalar;
    }
}
