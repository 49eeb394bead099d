package dev.actionkit.codegen.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * An action's schema rewritten so that jsonschema2pojo 1.3.3 can only produce what we decided:
 * every property keyed by its Java name (wire name kept in {@value #WIRE_NAME}), every type
 * named, every union, free-form object and reference made explicit.
 *
 * @param root the normalized root schema, an object
 * @param parameters the top-level parameters in schema order; required ones in the order of the
 *     schema's {@code required} list come first
 * @param types the parameter class (first) and every nested class and enum, in schema order
 */
public record NormalizedSchema(ObjectNode root, List<Parameter> parameters,
        List<NestedType> types) {

    /** The keyword carrying a property's wire name in a normalized schema. */
    public static final String WIRE_NAME = "x-actionkit-wire-name";

    public NormalizedSchema {
        Objects.requireNonNull(root, "root == null");
        parameters = List.copyOf(parameters);
        types = List.copyOf(types);
    }

    /** Returns the parameter class's type request. */
    public NestedType parameterClass() {
        return types.get(0);
    }
}
