package dev.actionkit.codegen.property;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The members javac actually compiled, read by reflection in the form of
 * {@link CodeShape#members()}: {@code Type.Nested#member} for every field and method that the
 * source declares (not synthetic ones, nor an enum's implicit {@code values} and
 * {@code valueOf}), and {@code Type.Nested} for every type.
 */
final class CompiledMembers {

    private CompiledMembers() {}

    /** Returns the members of every type generated into {@code sources}/{@code packageName}. */
    static Set<String> of(ClassLoader loader, Path sources, String packageName)
            throws IOException, ClassNotFoundException {
        List<String> types;
        try (Stream<Path> files = Files.list(sources.resolve(packageName.replace('.', '/')))) {
            types = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java"))
                    .map(n -> n.substring(0, n.length() - ".java".length())).toList();
        }
        Set<String> members = new TreeSet<>();
        for (String type : types) {
            add(loader.loadClass(packageName + "." + type), type, members);
        }
        return members;
    }

    private static void add(Class<?> type, String name, Set<String> out) {
        out.add(name);
        for (Field field : type.getDeclaredFields()) {
            if (!field.isSynthetic()) {
                out.add(name + "#" + field.getName());
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            boolean implicit = type.isEnum() && (method.getName().equals("values")
                    || method.getName().equals("valueOf") && method.getParameterCount() == 1
                    && method.getParameterTypes()[0] == String.class);
            if (!method.isSynthetic() && !implicit) {
                out.add(name + "#" + method.getName());
            }
        }
        for (Class<?> nested : type.getDeclaredClasses()) {
            add(nested, name + "." + nested.getSimpleName(), out);
        }
    }
}
