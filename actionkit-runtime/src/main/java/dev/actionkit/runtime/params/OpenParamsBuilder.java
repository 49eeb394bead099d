package dev.actionkit.runtime.params;

/**
 * The base of the builders of objects whose schema allows properties it does not declare (no
 * {@code additionalProperties}, {@code true}, or a schema): adds {@link #additionalProperty}.
 *
 * @param <T> the class built
 * @param <B> the generated builder itself
 */
public abstract class OpenParamsBuilder<T extends ParamsObject, B extends OpenParamsBuilder<T, B>>
        extends ParamsBuilder<T, B> {

    /** Creates a builder that writes into {@code target}, a new, empty object. */
    protected OpenParamsBuilder(T target) {
        super(target);
    }

    /**
     * Sets a property the schema does not declare, such as a per-user custom field: it is sent
     * under {@code name}, beside the declared properties of this object.
     */
    public final B additionalProperty(String name, Object value) {
        putAdditionalProperty(name, value);
        return self();
    }
}
