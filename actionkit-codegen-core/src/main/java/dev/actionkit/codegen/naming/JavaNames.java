package dev.actionkit.codegen.naming;

import java.util.Set;
import javax.lang.model.SourceVersion;

/** The names generated code must never declare: keywords, contextual keywords, and more. */
public final class JavaNames {

    /** Contextual keywords and literals that are legal identifiers but confusing or restricted. */
    public static final Set<String> CONTEXTUAL = Set.of("var", "yield", "record", "sealed",
            "permits", "non-sealed", "_", "true", "false", "null", "module", "open", "exports",
            "opens", "provides", "requires", "uses", "with", "to", "transitive", "when");

    /** Methods of {@link Object}: a member with one of these names would hide or clash. */
    public static final Set<String> OBJECT_METHODS = Set.of("getClass", "hashCode", "equals",
            "clone", "toString", "notify", "notifyAll", "wait", "finalize");

    /**
     * Simple type names generated code refers to without qualification (java.lang and the
     * imported runtime, Jackson and JDK types): a generated type must not shadow them. Compared
     * ignoring case, as type names also name files.
     */
    public static final Set<String> RESERVED_TYPES = Set.of("Actions", "Builder", "Object",
            "String", "Long", "Integer", "Double", "Boolean", "Number", "Character", "Byte",
            "Short", "Float", "Void", "Math", "System", "Class", "Enum", "Record", "Override",
            "Deprecated", "SuppressWarnings", "FunctionalInterface", "SafeVarargs", "Iterable",
            "Runnable", "Thread", "Exception", "RuntimeException", "Error", "Throwable",
            "StringBuilder", "CharSequence", "Comparable", "Cloneable", "AutoCloseable",
            "Module", "Package", "Process", "Runtime", "ThreadLocal", "StrictMath", "Appendable",
            "Readable", "List", "Map", "Set", "HashMap", "LinkedHashMap", "ArrayList", "Objects",
            "Consumer", "CompletableFuture", "JsonNode", "JsonProperty", "JsonInclude",
            "JsonPropertyOrder", "JsonIgnore", "JsonAnyGetter", "JsonAnySetter", "JsonValue",
            "JsonCreator", "JsonDeserialize", "ActionKitClient", "ActionResult",
            "ActionDescriptor", "Generated", "ParamsObject", "ParamsBuilder",
            "OpenParamsBuilder");

    /**
     * Members every generated class or builder inherits from the runtime's base classes, or
     * that a property's Java name must not take: {@code copyOf} would clash with the builders'
     * static helper, {@code additionalProperties} with the extra-properties getter.
     */
    public static final Set<String> BUILDER_MEMBERS = Set.of("additionalProperties", "copyOf");

    private JavaNames() {}

    /**
     * Returns whether a member (field, method, parameter) must not be named {@code name}: a
     * keyword, literal or contextual keyword, or a method of {@link Object}.
     */
    public static boolean isForbiddenMember(String name) {
        return isKeyword(name) || OBJECT_METHODS.contains(name);
    }

    /** Returns whether {@code name} is a keyword, literal or contextual keyword. */
    public static boolean isKeyword(String name) {
        return SourceVersion.isKeyword(name) || CONTEXTUAL.contains(name);
    }
}
