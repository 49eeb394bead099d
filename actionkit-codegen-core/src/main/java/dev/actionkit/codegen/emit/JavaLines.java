package dev.actionkit.codegen.emit;

import java.util.Arrays;

/**
 * The lines of a text as offsets into it, without copying them: LF or CRLF ends a line, a lone
 * CR belongs to its line, and lines that are only a {@code *} (blanks around it allowed) are left
 * out. Each line's stripped part (no {@link Character#isWhitespace} chars at either end, as
 * {@link String#strip()} gives) is kept too, so {@link JavaText} compares and copies ranges
 * instead of strings.
 */
final class JavaLines {

    private final String text;
    private int[] from = new int[64];
    private int[] to = new int[64];
    private int[] strippedFrom = new int[64];
    private int[] strippedTo = new int[64];
    private int size;

    JavaLines(String text) {
        this.text = text;
        int start = 0;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
            add(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end);
            start = end + 1;
        }
        add(start, text.length());
    }

    private void add(int start, int end) {
        int first = start;
        while (first < end && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        int last = end;
        while (last > first && Character.isWhitespace(text.charAt(last - 1))) {
            last--;
        }
        if (last - first == 1 && text.charAt(first) == '*') {
            return;
        }
        if (size == from.length) {
            from = Arrays.copyOf(from, size * 2);
            to = Arrays.copyOf(to, size * 2);
            strippedFrom = Arrays.copyOf(strippedFrom, size * 2);
            strippedTo = Arrays.copyOf(strippedTo, size * 2);
        }
        from[size] = start;
        to[size] = end;
        strippedFrom[size] = first;
        strippedTo[size] = last;
        size++;
    }

    /** Returns how many lines there are. */
    int size() {
        return size;
    }

    /** Returns whether line {@code i} is empty or only whitespace. */
    boolean blank(int i) {
        return strippedFrom[i] == strippedTo[i];
    }

    /** Returns whether line {@code i}, stripped, equals {@code s}. */
    boolean is(int i, String s) {
        return strippedTo[i] - strippedFrom[i] == s.length() && startsWith(i, s);
    }

    /** Returns whether line {@code i}, stripped, starts with {@code s}. */
    boolean startsWith(int i, String s) {
        return strippedTo[i] - strippedFrom[i] >= s.length()
                && text.startsWith(s, strippedFrom[i]);
    }

    /** Returns whether line {@code i}, stripped, ends with {@code s}. */
    boolean endsWith(int i, String s) {
        return strippedTo[i] - strippedFrom[i] >= s.length()
                && text.startsWith(s, strippedTo[i] - s.length());
    }

    /** Appends line {@code i} as it is. */
    void append(int i, StringBuilder out) {
        out.append(text, from[i], to[i]);
    }

    /** Appends line {@code i} without its trailing whitespace. */
    void appendStripTrailing(int i, StringBuilder out) {
        out.append(text, from[i], blank(i) ? from[i] : strippedTo[i]);
    }

    /** Appends line {@code i} stripped, less {@code skip} chars at its start and at its end. */
    void appendStripped(int i, int skipStart, int skipEnd, StringBuilder out) {
        out.append(text, strippedFrom[i] + skipStart, strippedTo[i] - skipEnd);
    }

    /** Appends the indentation of line {@code i}, the whitespace before its stripped part. */
    void appendIndent(int i, StringBuilder out) {
        out.append(text, from[i], strippedFrom[i]);
    }
}
