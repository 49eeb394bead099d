package dev.actionkit.runtime.params;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The base of every generated builder: generated setters write the fields of the object being
 * built; {@link #build()} returns a copy, so a builder can be reused and what it built never
 * changes afterwards. Lists and maps are copied when set.
 *
 * @param <T> the class built
 * @param <B> the generated builder itself, returned by every setter
 */
public abstract class ParamsBuilder<T extends ParamsObject, B extends ParamsBuilder<T, B>> {

    private final T target;

    /** Creates a builder that writes into {@code target}, a new, empty object. */
    protected ParamsBuilder(T target) {
        this.target = Objects.requireNonNull(target, "target == null");
    }

    /** Returns the object being built, whose fields generated setters write. */
    protected final T target() {
        return target;
    }

    /** Returns this builder as its generated type. */
    @SuppressWarnings("unchecked")
    protected final B self() {
        return (B) this;
    }

    /**
     * Applies each of {@code options} to this builder, in order, and returns it: none, one
     * ({@code apply(o -> o.name("x"))}) or several, as the facades' {@code options} arguments
     * pass them on.
     *
     * @throws NullPointerException if {@code options} or one of them is null
     */
    @SafeVarargs
    public final B apply(Consumer<? super B>... options) {
        Objects.requireNonNull(options, "options == null");
        B self = self();
        for (Consumer<? super B> option : options) {
            Objects.requireNonNull(option, "an option is null").accept(self);
        }
        return self;
    }

    /** Returns a new object with the values set so far; the builder stays usable. */
    @SuppressWarnings("unchecked")
    public final T build() {
        return (T) target.copy();
    }

    /**
     * Marks a nullable property set to {@code value}: null is then sent as an explicit JSON
     * null, where an unset property sends nothing. Returns this builder.
     */
    protected final B nullable(String wireName, Object value) {
        target.explicitNull(wireName, value == null);
        return self();
    }

    /**
     * Sets a property the schema does not declare, a null value as an explicit JSON null; for
     * builders of open objects and generated {@code additionalProperty} setters of typed ones.
     */
    protected final void putAdditionalProperty(String name, Object value) {
        target.putAdditionalProperty(Objects.requireNonNull(name, "name == null"), value);
    }

    /** Returns an unmodifiable copy of {@code list} (nulls kept), or null for null. */
    protected static <E> List<E> copyOf(List<E> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** Returns an unmodifiable copy of {@code map} (nulls kept), or null for null. */
    protected static <V> Map<String, V> copyOf(Map<String, V> map) {
        return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
