package dev.actionkit.codegen.schema;

import java.util.Objects;

/**
 * A top-level parameter of an action, as the facade needs it.
 *
 * @param wireName the property name on the wire, e.g. {@code field-email}
 * @param javaName the Java identifier decided for it, e.g. {@code fieldEmail}
 * @param required whether it is a method argument (required and not overridden as optional)
 * @param description the escaped Javadoc text, possibly empty
 */
public record Parameter(String wireName, String javaName, boolean required, String description) {

    public Parameter {
        Objects.requireNonNull(wireName, "wireName == null");
        Objects.requireNonNull(javaName, "javaName == null");
        Objects.requireNonNull(description, "description == null");
    }
}
