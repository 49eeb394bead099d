package dev.actionkit.codegen.model;

import com.palantir.javapoet.TypeName;
import java.util.Objects;

/**
 * A top-level parameter of an action, decided: names, whether it is a method argument, its
 * Javadoc text and its Java type.
 *
 * @param wireName the property name on the wire, e.g. {@code field-email}
 * @param javaName the Java identifier decided for it, e.g. {@code fieldEmail}
 * @param required whether it is a method argument (required and not overridden as optional)
 * @param description the escaped Javadoc text, possibly empty
 * @param type its Java type, the same jsonschema2pojo declares for the field
 */
public record ParameterModel(String wireName, String javaName, boolean required,
        String description, TypeName type) {

    public ParameterModel {
        Objects.requireNonNull(wireName, "wireName == null");
        Objects.requireNonNull(javaName, "javaName == null");
        Objects.requireNonNull(description, "description == null");
        Objects.requireNonNull(type, "type == null");
    }
}
