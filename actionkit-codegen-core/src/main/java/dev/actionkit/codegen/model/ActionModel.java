package dev.actionkit.codegen.model;

import dev.actionkit.codegen.schema.NormalizedSchema;
import dev.actionkit.runtime.catalog.ActionDefinition;
import java.util.Objects;

/**
 * One action, validated and named: everything the emitters need and nothing left to decide.
 *
 * @param definition the action as the catalog gave it
 * @param methodName the facade method, e.g. {@code sendMessage} (async: plus {@code Async})
 * @param schema the normalized schema, every type already named
 */
public record ActionModel(ActionDefinition definition, String methodName, NormalizedSchema schema) {

    public ActionModel {
        Objects.requireNonNull(definition, "definition == null");
        Objects.requireNonNull(methodName, "methodName == null");
        Objects.requireNonNull(schema, "schema == null");
    }

    /** Returns the fully qualified name of the parameter class. */
    public String paramsClassName() {
        return schema.parameterClass().qualifiedName();
    }
}
