package dev.actionkit.codegen.property;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreeScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The code of generated sources as javac's own parser reads it (Unicode escapes, comments and
 * literals handled by javac itself): every syntax-tree node in order, with names, modifiers and
 * operators, but with comments absent and every literal reduced to its kind, so that two
 * generations that differ only in descriptions have the same shape. A join of string literals,
 * {@code String.join("", "a", "b")}, counts as one string literal: the generator splits long
 * text that way.
 *
 * @param files file name to its shape, one line per node
 * @param members {@code Type.Nested#member} for every field and method declared (not
 *     constructors), and {@code Type.Nested} for every type
 */
record CodeShape(Map<String, String> files, Set<String> members) {

    /**
     * Returns where this shape first differs from {@code other}: the file and the nodes around
     * the first differing one; empty when the code of every file is the same.
     */
    String firstDifference(CodeShape other) {
        if (!files.keySet().equals(other.files.keySet())) {
            return "files " + files.keySet() + " vs " + other.files.keySet();
        }
        for (String file : files.keySet()) {
            List<String> mine = files.get(file).lines().toList();
            List<String> theirs = other.files.get(file).lines().toList();
            for (int i = 0; i < Math.max(mine.size(), theirs.size()); i++) {
                String a = i < mine.size() ? mine.get(i) : "<end>";
                String b = i < theirs.size() ? theirs.get(i) : "<end>";
                if (!a.equals(b)) {
                    int from = Math.max(0, i - 8);
                    return file + " node " + i + ": " + a + " vs " + b + "\nafter:\n"
                            + String.join("\n", mine.subList(from, i));
                }
            }
        }
        return "";
    }

    /** Parses every {@code .java} file of {@code packageName} under {@code sources}. */
    static CodeShape of(Path sources, String packageName) throws IOException {
        List<Path> paths;
        try (Stream<Path> files = Files.list(sources.resolve(packageName.replace('.', '/')))) {
            paths = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        JavacTask task = GeneratorProperties.JAVAC.parser(paths);
        Map<String, String> shapes = new TreeMap<>();
        Set<String> members = new TreeSet<>();
        for (CompilationUnitTree unit : task.parse()) {
            Scanner scanner = new Scanner(members);
            scanner.scan(unit, null);
            shapes.put(Path.of(unit.getSourceFile().toUri()).getFileName().toString(),
                    scanner.shape.toString());
        }
        return new CodeShape(shapes, members);
    }

    private static final class Scanner extends TreeScanner<Void, Void> {

        private final StringBuilder shape = new StringBuilder();
        private final Set<String> members;
        private final Deque<String> types = new ArrayDeque<>();
        private int insideCode;

        Scanner(Set<String> members) {
            this.members = members;
        }

        @Override
        public Void scan(Tree tree, Void unused) {
            if (tree == null) {
                return null;
            }
            if (isJoinOfLiterals(tree)) {
                shape.append(Tree.Kind.STRING_LITERAL).append(" \n");
                return null;
            }
            shape.append(tree.getKind()).append(' ').append(detail(tree)).append('\n');
            return super.scan(tree, unused);
        }

        @Override
        public Void visitClass(ClassTree tree, Void unused) {
            String name = (types.isEmpty() ? "" : types.peek() + ".") + tree.getSimpleName();
            members.add(name);
            types.push(name);
            super.visitClass(tree, unused);
            types.pop();
            return null;
        }

        @Override
        public Void visitMethod(MethodTree tree, Void unused) {
            if (!tree.getName().contentEquals("<init>")) {
                members.add(types.peek() + "#" + tree.getName());
            }
            insideCode++;
            super.visitMethod(tree, unused);
            insideCode--;
            return null;
        }

        @Override
        public Void visitBlock(BlockTree tree, Void unused) {
            insideCode++;
            super.visitBlock(tree, unused);
            insideCode--;
            return null;
        }

        @Override
        public Void visitVariable(VariableTree tree, Void unused) {
            if (insideCode == 0) {
                members.add(types.peek() + "#" + tree.getName());
            }
            return super.visitVariable(tree, unused);
        }

        private static String detail(Tree tree) {
            if (tree instanceof IdentifierTree identifier) {
                return identifier.getName().toString();
            }
            if (tree instanceof MemberSelectTree select) {
                return select.getIdentifier().toString();
            }
            if (tree instanceof ClassTree type) {
                return type.getSimpleName().toString();
            }
            if (tree instanceof MethodTree method) {
                return method.getName().toString();
            }
            if (tree instanceof VariableTree variable) {
                return variable.getName().toString();
            }
            if (tree instanceof ModifiersTree modifiers) {
                return modifiers.getFlags().toString();
            }
            if (tree instanceof PrimitiveTypeTree primitive) {
                return primitive.getPrimitiveTypeKind().toString();
            }
            return "";
        }

        /** Whether {@code tree} is {@code String.join(...)} of string literals only. */
        private static boolean isJoinOfLiterals(Tree tree) {
            if (!(tree instanceof MethodInvocationTree call)
                    || !(call.getMethodSelect() instanceof MemberSelectTree select)
                    || !select.getIdentifier().contentEquals("join")
                    || !select.getExpression().toString().equals("String")) {
                return false;
            }
            for (ExpressionTree argument : call.getArguments()) {
                if (argument.getKind() != Tree.Kind.STRING_LITERAL
                        || !(argument instanceof LiteralTree)) {
                    return false;
                }
            }
            return true;
        }
    }
}
