package dev.actionkit.codegen.emit;

import java.util.List;
import java.util.Map;

/**
 * The parameter classes of one action and the Java type of each of its top-level properties,
 * as jsonschema2pojo declared them: the facade declares the same types.
 *
 * @param files the parameter class, its nested classes and enums
 * @param propertyTypes Java name to fully qualified type, e.g. {@code java.util.List<...>}
 */
public record EmittedAction(List<SourceFile> files, Map<String, String> propertyTypes) {

    public EmittedAction {
        files = List.copyOf(files);
        propertyTypes = Map.copyOf(propertyTypes);
    }
}
