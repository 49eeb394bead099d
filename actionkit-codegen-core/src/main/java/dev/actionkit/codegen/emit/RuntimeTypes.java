package dev.actionkit.codegen.emit;

import com.palantir.javapoet.ClassName;

/** The runtime and JDK types generated facades refer to, in one place. */
final class RuntimeTypes {

    static final ClassName CLIENT = ClassName.get("dev.actionkit.runtime", "ActionKitClient");
    static final ClassName RESULT = ClassName.get("dev.actionkit.runtime", "ActionResult");
    static final ClassName DESCRIPTOR = ClassName.get("dev.actionkit.runtime", "ActionDescriptor");
    static final ClassName FUTURE = ClassName.get("java.util.concurrent", "CompletableFuture");
    static final ClassName CONSUMER = ClassName.get("java.util.function", "Consumer");
    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
    static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
    static final ClassName SAFE_VARARGS = ClassName.get("java.lang", "SafeVarargs");
    static final ClassName SUPPRESS_WARNINGS = ClassName.get("java.lang", "SuppressWarnings");

    private RuntimeTypes() {}
}
