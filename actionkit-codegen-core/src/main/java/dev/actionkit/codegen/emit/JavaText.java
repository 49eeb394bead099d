package dev.actionkit.codegen.emit;

/**
 * Tidies generated Java text, line by line, without changing what it means: no lone {@code *}
 * lines and no empty Javadoc blocks, a one-line Javadoc on one line, an array annotation and a
 * class header ({@code extends} on codemodel's next line, the brace on the one after) on one
 * line, no blank line after an opening or before a closing brace, never two blank lines.
 *
 * <p>One pass over the line offsets of {@link JavaLines}, writing into one builder: no regular
 * expression, no string per line.
 */
final class JavaText {

    private final JavaLines lines;
    private final StringBuilder out;
    private int written;
    private boolean lastBlank;
    private boolean lastOpens;

    private JavaText(String text, StringBuilder out) {
        this.lines = new JavaLines(text);
        this.out = out;
    }

    /** Returns {@code text} tidied; lines end with LF. */
    static String tidy(String text) {
        StringBuilder out = new StringBuilder(text.length());
        tidy(text, out);
        return out.toString();
    }

    /** Appends {@code text} tidied to {@code out}; lines end with LF. */
    static void tidy(String text, StringBuilder out) {
        new JavaText(text, out).run();
    }

    private void run() {
        int size = lines.size();
        for (int i = 0; i < size; i++) {
            if (lines.is(i, "/**") && i + 1 < size) {
                i += javadoc(i);
            } else if (lines.startsWith(i, "@") && lines.endsWith(i, "({")) {
                i += join(i);
            } else if (i + 2 < size && lines.is(i + 2, "{") && isSupertype(i + 1)) {
                startLine(false, true);
                lines.append(i, out);
                out.append(' ');
                lines.appendStripped(i + 1, 0, 0, out);
                out.append(" {");
                i += 2;
            } else if (!lines.blank(i) || !skipBlank(i)) {
                copy(i);
            }
        }
    }

    private boolean isSupertype(int i) {
        return lines.startsWith(i, "extends ") || lines.startsWith(i, "implements ");
    }

    /** Writes the Javadoc starting at {@code i}, dropped if empty; returns the lines skipped. */
    private int javadoc(int i) {
        if (lines.is(i + 1, "*/")) {
            return 1;
        }
        if (lines.startsWith(i + 1, "* ") && i + 2 < lines.size() && lines.is(i + 2, "*/")) {
            startLine(false, false);
            lines.appendIndent(i, out);
            out.append("/** ");
            lines.appendStripped(i + 1, 2, 0, out);
            out.append(" */");
            return 2;
        }
        copy(i);
        return 0;
    }

    /** Joins lines from {@code i} to the one that is {@code })}; returns the lines skipped. */
    private int join(int i) {
        int end = i + 1;
        while (end < lines.size() && !lines.is(end, "})")) {
            end++;
        }
        if (end == lines.size()) {
            copy(i);
            return 0;
        }
        startLine(false, false);
        lines.appendStripTrailing(i, out);
        for (int j = i + 1; j < end; j++) {
            if (j > i + 1) {
                out.append(", ");
            }
            lines.appendStripped(j, 0, lines.endsWith(j, ",") ? 1 : 0, out);
        }
        out.append("})");
        return end - i;
    }

    private void copy(int i) {
        startLine(lines.blank(i), lines.endsWith(i, "{"));
        lines.append(i, out);
    }

    /** Starts an output line whose stripped text is blank or ends with an opening brace. */
    private void startLine(boolean blank, boolean opens) {
        if (written > 0) {
            out.append('\n');
        }
        written++;
        lastBlank = blank;
        lastOpens = opens;
    }

    private boolean skipBlank(int i) {
        boolean hasNext = i + 1 < lines.size();
        return lastBlank && written > 0 || lastOpens
                || hasNext && (lines.is(i + 1, "}") || lines.blank(i + 1));
    }
}
