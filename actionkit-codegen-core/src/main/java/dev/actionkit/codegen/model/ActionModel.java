package dev.actionkit.codegen.model;

import com.palantir.javapoet.ClassName;
import dev.actionkit.codegen.schema.NormalizedSchema;
import dev.actionkit.runtime.catalog.ActionDefinition;
import java.util.List;
import java.util.Objects;

/**
 * One action, validated, named and typed: everything the emitters need and nothing left to
 * decide.
 *
 * @param definition the action as the catalog gave it
 * @param methodName the facade method, e.g. {@code sendMessage} (async: plus {@code Async})
 * @param schema the normalized schema
 * @param classes the class of each of {@code schema.types()}, index for index: the parameter
 *     class first, then nested classes and enums
 * @param parameters the top-level parameters with their Java types, required ones first
 */
public record ActionModel(ActionDefinition definition, String methodName, NormalizedSchema schema,
        List<ClassName> classes, List<ParameterModel> parameters) {

    public ActionModel {
        Objects.requireNonNull(definition, "definition == null");
        Objects.requireNonNull(methodName, "methodName == null");
        Objects.requireNonNull(schema, "schema == null");
        classes = List.copyOf(classes);
        parameters = List.copyOf(parameters);
        if (classes.size() != schema.types().size()) {
            throw new IllegalArgumentException("classes do not match the schema's types");
        }
    }

    /** Returns the parameter class. */
    public ClassName paramsClass() {
        return classes.get(0);
    }
}
