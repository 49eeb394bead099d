package dev.actionkit.runtime.params;

import java.util.Objects;

/**
 * A generated enum of the string values a schema lists: {@link #value()} is the value sent, and
 * {@link #constant} finds the constant of a value read, for the generated {@code fromValue}.
 */
public interface WireEnum {

    /** Returns the value this constant is sent as. */
    String value();

    /**
     * Returns the constant of {@code type} sent as {@code value}, or {@code null} for null or a
     * value this version of the enum does not know. The lookup table of each enum is built once.
     */
    static <E extends Enum<E> & WireEnum> E constant(Class<E> type, String value) {
        Objects.requireNonNull(type, "type == null");
        return value == null ? null : type.cast(WireEnumTables.of(type).get(value));
    }
}
