package dev.actionkit.examples.quickstart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Java text of a call as it stands in the source, so that what the transcript prints is what
 * runs: the build ships {@code Tour.java} beside its class, and the call is the lambda
 * {@code () -> ...} that starts on the line of the {@code step(...)} call, on one line.
 */
final class CallSource {

    private CallSource() {}

    /**
     * Returns the body of the first {@code () ->} lambda at or after {@code line} (1-based) of the
     * source of {@code type}, on one line.
     *
     * @throws IllegalStateException if the source is not on the class path or holds no lambda
     *     there
     */
    static String lambdaAt(Class<?> type, int line) {
        String source = read(type);
        int from = offsetOfLine(source, line);
        int arrow = source.indexOf("() ->", from);
        if (from < 0 || arrow < 0) {
            throw new IllegalStateException("no '() ->' at or after line " + line + " of "
                    + type.getSimpleName() + ".java");
        }
        int start = arrow + "() ->".length();
        return oneLine(source.substring(start, endOfArgument(source, start)));
    }

    /** Returns where the argument that starts at {@code start} ends: at its closing ')' or ','. */
    static int endOfArgument(String source, int start) {
        int depth = 0;
        for (int i = start; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(source, i, c);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0 || c == ',' && depth == 0) {
                return i;
            }
        }
        throw new IllegalStateException("the lambda at offset " + start + " does not end");
    }

    /** Joins the lines of a multi-line call as a person writes it on one line. */
    static String oneLine(String text) {
        StringBuilder joined = new StringBuilder();
        for (String part : text.strip().split("\n")) {
            String piece = part.strip();
            boolean glued = joined.length() == 0 || piece.startsWith(".") || piece.startsWith(")")
                    || joined.charAt(joined.length() - 1) == '(';
            joined.append(glued ? "" : " ").append(piece);
        }
        return joined.toString();
    }

    private static int endOfLiteral(String source, int open, char quote) {
        for (int i = open + 1; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        throw new IllegalStateException("a literal at offset " + open + " does not end");
    }

    private static int offsetOfLine(String source, int line) {
        List<String> lines = source.lines().toList();
        if (line < 1 || line > lines.size()) {
            return -1;
        }
        int offset = 0;
        for (int i = 0; i < line - 1; i++) {
            offset = source.indexOf('\n', offset) + 1;
        }
        return offset;
    }

    private static String read(Class<?> type) {
        String name = type.getSimpleName() + ".java";
        try (InputStream in = type.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path beside "
                        + type.getName() + ": the quickstart's build copies it there");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + name, e);
        }
    }
}
