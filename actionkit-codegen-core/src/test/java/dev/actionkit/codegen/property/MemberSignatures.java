package dev.actionkit.codegen.property;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The declared API of generated classes, read by reflection from compiled classes: every type
 * (nested ones too) with its kind, modifiers, supertypes and annotations, and every field,
 * constructor and method with its modifiers, generic signature and annotations. The package
 * name is written as {@code PKG} so that two generations in different packages compare.
 */
final class MemberSignatures {

    private MemberSignatures() {}

    /** Returns the signatures of every type generated into {@code sources}/{@code pkg}. */
    static SortedSet<String> of(ClassLoader loader, Path sources, String packageName)
            throws IOException, ClassNotFoundException {
        Path dir = sources.resolve(packageName.replace('.', '/'));
        List<String> types;
        try (Stream<Path> files = Files.list(dir)) {
            types = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java"))
                    .map(n -> n.substring(0, n.length() - ".java".length())).sorted().toList();
        }
        SortedSet<String> signatures = new TreeSet<>();
        for (String type : types) {
            add(loader.loadClass(packageName + "." + type), signatures);
        }
        SortedSet<String> neutral = new TreeSet<>();
        signatures.forEach(s -> neutral.add(s.replace(packageName + ".", "PKG.")));
        return neutral;
    }

    private static void add(Class<?> type, SortedSet<String> out) {
        String owner = type.getName();
        out.add(owner + " :: " + Modifier.toString(type.getModifiers())
                + (type.isEnum() ? " enum" : type.isInterface() ? " interface" : " class")
                + " extends " + type.getGenericSuperclass() + " implements "
                + Arrays.toString(type.getGenericInterfaces()) + annotations(
                        type.getDeclaredAnnotations()));
        for (Field field : type.getDeclaredFields()) {
            out.add(owner + " :: " + Modifier.toString(field.getModifiers()) + " "
                    + field.getGenericType().getTypeName() + " " + field.getName()
                    + annotations(field.getDeclaredAnnotations()));
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            out.add(owner + " :: " + constructor.toGenericString()
                    + annotations(constructor.getDeclaredAnnotations()));
        }
        for (Method method : type.getDeclaredMethods()) {
            out.add(owner + " :: " + method.toGenericString()
                    + annotations(method.getDeclaredAnnotations()));
        }
        for (Class<?> nested : type.getDeclaredClasses()) {
            add(nested, out);
        }
    }

    private static String annotations(Annotation[] annotations) {
        return annotations.length == 0 ? "" : Arrays.stream(annotations).map(Annotation::toString)
                .sorted().collect(Collectors.joining(" ", " ", ""));
    }
}
