package dev.actionkit.runtime.params;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The base of every generated parameter class and nested class: holds the properties a schema
 * does not declare (per-user custom fields, keys a nested object allows), written beside the
 * declared ones under their wire names. Objects are immutable once built: they are made by a
 * {@link ParamsBuilder} or read by Jackson, and offer no public way to change them.
 *
 * <p>Jackson sees the fields of a generated class, never its getters: a field is a property
 * under its own name, or under the wire name its {@code @JsonProperty} gives where the two
 * differ. Generated classes therefore annotate only renamed fields.
 */
@JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public abstract class ParamsObject implements Cloneable {

    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    /** For generated subclasses. */
    protected ParamsObject() {}

    /**
     * Returns the properties the schema does not declare, by wire name, unmodifiable; an explicit
     * null (a nullable declared property set or read as null, a null extra value) appears here
     * as a {@link NullNode}, and an enum value this version does not know as it was read: this
     * is how they are sent.
     */
    @JsonAnyGetter
    public final Map<String, Object> getAdditionalProperties() {
        return Collections.unmodifiableMap(additionalProperties);
    }

    /**
     * Keeps a property the schema does not declare, a null value as a {@link NullNode} (sent as
     * an explicit JSON null): for Jackson and the builder only.
     */
    @JsonAnySetter
    final void putAdditionalProperty(String name, Object value) {
        additionalProperties.put(name, value == null ? NullNode.getInstance() : value);
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
     * Reads a nullable property: a JSON null read is kept as an explicit null and written back
     * as one, where an absent property stays absent. Returns {@code value}. For generated
     * {@code @JsonSetter}s.
     */
    protected final <V> V readNullable(String wireName, V value) {
        explicitNull(wireName, value == null);
        return value;
    }

    /**
     * Reads an enum property: returns the constant of {@code raw}, or null for a value this
     * version does not know, which is then kept among the extra properties under
     * {@code wireName} and written back as it was read; a JSON null is kept as an explicit
     * null. For generated {@code @JsonSetter}s.
     */
    protected final <E> E readEnum(String wireName, String raw, Function<String, E> fromValue) {
        E constant = raw == null ? null : fromValue.apply(raw);
        if (constant == null) {
            additionalProperties.put(wireName, raw == null ? NullNode.getInstance() : raw);
        }
        return constant;
    }

    /**
     * Reads a list of enum values: returns their constants, or null when one of them is a value
     * this version does not know; the list is then kept among the extra properties under
     * {@code wireName} and written back as it was read. A JSON null is kept as an explicit null.
     * For generated {@code @JsonSetter}s.
     */
    protected final <E> List<E> readEnums(String wireName, List<String> raw,
            Function<String, E> fromValue) {
        if (raw == null) {
            additionalProperties.put(wireName, NullNode.getInstance());
            return null;
        }
        List<E> constants = new ArrayList<>(raw.size());
        for (String value : raw) {
            E constant = value == null ? null : fromValue.apply(value);
            if (constant == null && value != null) {
                additionalProperties.put(wireName, Collections.unmodifiableList(raw));
                return null;
            }
            constants.add(constant);
        }
        return Collections.unmodifiableList(constants);
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
