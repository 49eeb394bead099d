package dev.actionkit.runtime.params;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The base of every generated parameter class and nested class: holds the properties a schema
 * does not declare (per-user custom fields, keys a nested object allows), written beside the
 * declared ones under their wire names. Objects are immutable once built: they are made by a
 * {@link ParamsBuilder} or read by Jackson, and offer no public way to change them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public abstract class ParamsObject implements Cloneable {

    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    /** For generated subclasses. */
    protected ParamsObject() {}

    /**
     * Returns the properties the schema does not declare, by wire name, unmodifiable; a nullable
     * declared property set to null appears here as a {@link NullNode}, which is how it is sent.
     */
    @JsonAnyGetter
    public final Map<String, Object> getAdditionalProperties() {
        return Collections.unmodifiableMap(additionalProperties);
    }

    /** Keeps a property the schema does not declare: for Jackson and the builder only. */
    @JsonAnySetter
    final void putAdditionalProperty(String name, Object value) {
        additionalProperties.put(name, value);
    }

    /**
     * Records that a nullable declared property was set to null (sent as an explicit JSON null,
     * a {@link NullNode} among the extra properties) or to a value (no longer null).
     */
    final void explicitNull(String wireName, boolean isNull) {
        if (isNull) {
            additionalProperties.put(wireName, NullNode.getInstance());
        } else if (additionalProperties.get(wireName) instanceof NullNode) {
            additionalProperties.remove(wireName);
        }
    }

    /**
     * Reads an enum property: returns the constant of {@code raw}, or null for a value this
     * version does not know, which is then kept among the extra properties under
     * {@code wireName} and written back as it was read. For generated {@code @JsonSetter}s.
     */
    protected final <E> E readEnum(String wireName, String raw, Function<String, E> fromValue) {
        E constant = raw == null ? null : fromValue.apply(raw);
        if (constant == null && raw != null) {
            additionalProperties.put(wireName, raw);
        }
        return constant;
    }

    /** Returns a copy of this object: the same field values, its own extra-properties map. */
    final ParamsObject copy() {
        try {
            ParamsObject copy = (ParamsObject) super.clone();
            copy.additionalProperties = new LinkedHashMap<>(additionalProperties);
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError("ParamsObject is Cloneable", e);
        }
    }
}
