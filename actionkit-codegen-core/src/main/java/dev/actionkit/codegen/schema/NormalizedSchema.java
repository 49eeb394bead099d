package dev.actionkit.codegen.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * An action's schema rewritten so that jsonschema2pojo 1.3.3 can only produce what we decided:
 * every property keyed by its Java name (wire name kept in {@value #WIRE_NAME}), every type to
 * be named marked ({@link TypeRequest}), every union, free-form object and reference made
 * explicit.
 *
 * @param root the normalized root schema, an object
 * @param parameters the top-level parameters in schema order; required ones in the order of the
 *     schema's {@code required} list come first
 * @param types the parameter class (first) and every nested class and enum, in schema order
 */
public record NormalizedSchema(ObjectNode root, List<Parameter> parameters,
        List<TypeRequest> types) {

    /** The keyword carrying a property's wire name in a normalized schema. */
    public static final String WIRE_NAME = "x-actionkit-wire-name";

    /** The keyword marking the node that defines a {@link TypeRequest}: its index. */
    public static final String TYPE = "x-actionkit-type";

    /** The keyword marking a node that reuses a {@link TypeRequest}: its index. */
    public static final String TYPE_REF = "x-actionkit-type-ref";

    /** The keyword marking a property whose schema allows an explicit {@code null}. */
    public static final String NULLABLE = "x-actionkit-nullable";

    /**
     * The keyword of a map node ({@code existingJavaType} {@code java.util.Map<...>}) holding the
     * fully qualified class of its values.
     */
    public static final String MAP_VALUES = "x-actionkit-map-values";

    public NormalizedSchema {
        Objects.requireNonNull(root, "root == null");
        parameters = List.copyOf(parameters);
        types = List.copyOf(types);
    }

    /** Returns the parameter class's type request. */
    public TypeRequest parameterClass() {
        return types.get(0);
    }
}
