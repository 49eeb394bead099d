package dev.actionkit.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Breaks the lines of a generated source tree down by file kind (parameter class, nested class,
 * enum, integration facade, {@code Actions}, other) and by line kind (Javadoc, blank, code), per
 * action: where the lines a user's javac pays for come from.
 *
 * <p>Run: {@code java -cp actionkit-benchmarks/target/benchmarks.jar
 * dev.actionkit.benchmarks.SourceBreakdown target/bench/ours-1180/out 1180}
 */
public final class SourceBreakdown {

    private SourceBreakdown() {}

    /** {@code <source directory> <actions>}: prints one line per file kind and a total. */
    public static void main(String[] args) {
        Path sources = Path.of(args[0]);
        int actions = Integer.parseInt(args[1]);
        Map<String, long[]> byKind = new TreeMap<>();
        for (Path file : SourceStats.javaFiles(sources)) {
            List<String> lines = read(file);
            long[] counts = byKind.computeIfAbsent(kind(file, lines), k -> new long[5]);
            counts[0]++;
            count(lines, counts);
        }
        long[] total = new long[5];
        byKind.forEach((kind, counts) -> {
            print(kind, counts, actions);
            for (int i = 0; i < total.length; i++) {
                total[i] += counts[i];
            }
        });
        print("total", total, actions);
    }

    private static void print(String kind, long[] c, int actions) {
        System.out.printf(Locale.ROOT, "kind=%-12s files=%6d lines=%8d javadoc=%8d blank=%7d "
                + "code=%8d lines/action=%6.1f javadoc/action=%6.1f%n", kind, c[0], c[1], c[2],
                c[3], c[4], (double) c[1] / actions, (double) c[2] / actions);
    }

    /** Counts lines, Javadoc lines (inside a block comment), blank lines and code lines. */
    private static void count(List<String> lines, long[] counts) {
        boolean inComment = false;
        for (String line : lines) {
            String t = line.strip();
            counts[1]++;
            if (inComment || t.startsWith("/*")) {
                counts[2]++;
                inComment = !t.endsWith("*/");
            } else if (t.isEmpty()) {
                counts[3]++;
            } else {
                counts[4]++;
            }
        }
    }

    private static String kind(Path file, List<String> lines) {
        String name = file.getFileName().toString();
        String text = String.join("\n", lines);
        if (name.equals("Actions.java")) {
            return "actions";
        }
        if (text.contains("public enum ")) {
            return "enum";
        }
        if (text.contains(" ACTION_NAME =")) {
            return "params";
        }
        if (text.contains("private final ActionKitClient client;")) {
            return "integration";
        }
        return text.contains(" class ") ? "nested" : "other";
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
