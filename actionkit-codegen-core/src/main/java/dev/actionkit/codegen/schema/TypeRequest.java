package dev.actionkit.codegen.schema;

import java.util.Objects;

/**
 * A Java type the normalizer asks for (an action's parameter class, a nested class or an enum),
 * named later, all at once, by the model's type allocator so that names never depend on
 * processing order. The normalized schema marks the node that defines it with
 * {@value NormalizedSchema#TYPE} and every node that reuses it (a repeated {@code $ref}) with
 * {@value NormalizedSchema#TYPE_REF}, both holding {@link #index}.
 *
 * @param preferredName the simple name it would like, e.g. {@code SlackSendMessageAttachments}
 * @param pointer the JSON pointer of the schema it comes from ({@code ""} for the root)
 * @param index its position in {@link NormalizedSchema#types()}
 * @param generated whether a class is generated from it: false for a type met inside the value
 *     schema of extra properties, whose values are typed {@code Object}, {@code String} or
 *     {@code Boolean}; such a type is named after every generated one, so that it takes no
 *     name one of them wants
 */
public record TypeRequest(String preferredName, String pointer, int index, boolean generated) {

    public TypeRequest {
        Objects.requireNonNull(preferredName, "preferredName == null");
        Objects.requireNonNull(pointer, "pointer == null");
    }
}
