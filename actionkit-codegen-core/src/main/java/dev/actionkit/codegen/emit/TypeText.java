package dev.actionkit.codegen.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How one generated file writes type names, decided once from every type it refers to: a class
 * of its own package or of {@code java.lang} by its simple name, another class imported, and a
 * class whose simple name another one already takes fully qualified, as JavaPoet would.
 */
final class TypeText {

    private final String packageName;
    private final Set<String> taken = new HashSet<>();
    private final Map<String, ClassName> imported = new HashMap<>();
    private final Set<ClassName> imports = new TreeSet<>();
    /**
     * Names already written, by identity: a JavaPoet type hashes and compares by its formatted
     * text, which costs a code writer per new type object.
     */
    private final Map<TypeName, String> written = new IdentityHashMap<>();

    /** Decides the names of {@code types} in file {@code self}. */
    TypeText(ClassName self, List<TypeName> types) {
        this.packageName = self.packageName();
        taken.add(self.simpleName());
        types.forEach(type -> visit(type, true));
        types.forEach(type -> visit(type, false));
    }

    /** The sorted import lines, each ending with a line break. */
    String importLines() {
        StringBuilder out = new StringBuilder();
        imports.forEach(c -> out.append("import ").append(c.canonicalName()).append(";\n"));
        return out.toString();
    }

    /** Returns how {@code type} is written in this file. */
    String name(TypeName type) {
        String name = written.get(type);
        if (name == null) {
            name = render(type);
            written.put(type, name);
        }
        return name;
    }

    private void visit(TypeName type, boolean ownPackage) {
        if (type instanceof ClassName c) {
            ClassName top = c.topLevelClassName();
            if (ownPackage && top.packageName().equals(packageName)) {
                taken.add(top.simpleName());
            } else if (!ownPackage && !top.packageName().equals(packageName)) {
                claim(top);
            }
        } else if (type instanceof ParameterizedTypeName p) {
            visit(p.rawType(), ownPackage);
            p.typeArguments().forEach(t -> visit(t, ownPackage));
        } else if (type instanceof WildcardTypeName w) {
            w.upperBounds().forEach(t -> visit(t, ownPackage));
            w.lowerBounds().forEach(t -> visit(t, ownPackage));
        } else if (type instanceof ArrayTypeName a) {
            visit(a.componentType(), ownPackage);
        }
    }

    private void claim(ClassName top) {
        String simple = top.simpleName();
        if (taken.contains(simple) || imported.containsKey(simple)) {
            return;
        }
        imported.put(simple, top);
        if (!top.packageName().equals("java.lang")) {
            imports.add(top);
        }
    }

    private String render(TypeName type) {
        if (type instanceof ClassName c) {
            ClassName top = c.topLevelClassName();
            ClassName importedTop = imported.get(top.simpleName());
            boolean simple = top.packageName().equals(packageName) || importedTop != null
                    && importedTop.canonicalName().equals(top.canonicalName());
            return simple ? String.join(".", c.simpleNames()) : c.canonicalName();
        }
        if (type instanceof ParameterizedTypeName p && p.enclosingType() == null) {
            StringBuilder out = new StringBuilder(name(p.rawType())).append('<');
            for (int i = 0; i < p.typeArguments().size(); i++) {
                out.append(i == 0 ? "" : ", ").append(name(p.typeArguments().get(i)));
            }
            return out.append('>').toString();
        }
        if (type instanceof WildcardTypeName w) {
            return w.lowerBounds().isEmpty()
                    ? w.upperBounds().get(0).equals(ClassName.OBJECT) ? "?"
                            : "? extends " + name(w.upperBounds().get(0))
                    : "? super " + name(w.lowerBounds().get(0));
        }
        if (type instanceof ArrayTypeName a) {
            return name(a.componentType()) + "[]";
        }
        if (type.isPrimitive() && !type.isAnnotated()) {
            return type.toString();
        }
        throw new IllegalArgumentException("no facade text for the type " + type);
    }
}
