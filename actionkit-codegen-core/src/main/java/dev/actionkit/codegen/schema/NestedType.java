package dev.actionkit.codegen.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Java type the normalizer asks for (the parameter class, a nested class or an enum), named
 * later by the model's global allocator so that names never depend on processing order.
 *
 * <p>{@link #assignName} writes the final name into the schema nodes: {@code javaType} on the
 * defining node, {@code existingJavaType} on every node that reuses it (a repeated
 * {@code $ref}).
 */
public final class NestedType {

    private final String preferredName;
    private final String pointer;
    private final ObjectNode definition;
    private final List<ObjectNode> references = new ArrayList<>();
    private String qualifiedName;

    NestedType(String preferredName, String pointer, ObjectNode definition) {
        this.preferredName = Objects.requireNonNull(preferredName, "preferredName == null");
        this.pointer = Objects.requireNonNull(pointer, "pointer == null");
        this.definition = Objects.requireNonNull(definition, "definition == null");
    }

    /** Returns the simple name this type would like, e.g. {@code SlackSendMessageAttachments}. */
    public String preferredName() {
        return preferredName;
    }

    /** Returns the JSON pointer of the schema this type comes from ("" for the root). */
    public String pointer() {
        return pointer;
    }

    boolean definitionIs(ObjectNode node) {
        return definition == node;
    }

    void addReference(ObjectNode reference) {
        references.add(reference);
    }

    /** Sets the final, fully qualified name of this type in every node that names it. */
    public void assignName(String qualifiedName) {
        if (this.qualifiedName != null) {
            throw new IllegalStateException("already named " + this.qualifiedName);
        }
        this.qualifiedName = qualifiedName;
        definition.put("javaType", qualifiedName);
        references.forEach(node -> node.put("existingJavaType", qualifiedName));
    }

    /** Returns the final name, once assigned. */
    public String qualifiedName() {
        if (qualifiedName == null) {
            throw new IllegalStateException("not named yet: " + preferredName);
        }
        return qualifiedName;
    }
}
