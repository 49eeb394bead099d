package dev.actionkit.codegen.emit;

import java.util.ArrayList;
import java.util.List;

/**
 * The former {@link JavaText}, over lists of line strings, kept as the oracle that the one-pass
 * version must match on every input ({@code JavaTextTest}).
 */
final class JavaTextReference {

    private JavaTextReference() {}

    /** Returns {@code text} tidied; lines end with LF. */
    static String tidy(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            if (!line.strip().equals("*")) {
                lines.add(line);
            }
        }
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.strip();
            if (trimmed.equals("/**") && i + 1 < lines.size()) {
                i += javadoc(lines, i, out);
            } else if (trimmed.endsWith("({") && trimmed.startsWith("@")) {
                i += join(lines, i, out, "})", ", ");
            } else if (i + 2 < lines.size() && lines.get(i + 2).strip().equals("{")
                    && isSupertype(lines.get(i + 1).strip())) {
                out.add(line + " " + lines.get(i + 1).strip() + " {");
                i += 2;
            } else if (!trimmed.isEmpty() || !skipBlank(out, lines, i)) {
                out.add(line);
            }
        }
        return String.join("\n", out);
    }

    private static boolean isSupertype(String line) {
        return line.startsWith("extends ") || line.startsWith("implements ");
    }

    /** Adds the Javadoc starting at {@code i}, dropped if empty; returns the lines skipped. */
    private static int javadoc(List<String> lines, int i, List<String> out) {
        String line = lines.get(i);
        String next = lines.get(i + 1).strip();
        if (next.equals("*/")) {
            return 1;
        }
        if (next.startsWith("* ") && i + 2 < lines.size()
                && lines.get(i + 2).strip().equals("*/")) {
            out.add(line.substring(0, line.indexOf("/**")) + "/** " + next.substring(2) + " */");
            return 2;
        }
        out.add(line);
        return 0;
    }

    /** Joins lines from {@code i} to the one ending with {@code end}; returns the lines skipped. */
    private static int join(List<String> lines, int i, List<String> out, String end,
            String separator) {
        StringBuilder joined = new StringBuilder(lines.get(i).stripTrailing());
        int j = i + 1;
        boolean first = true;
        while (j < lines.size() && !lines.get(j).strip().equals(end)) {
            String part = lines.get(j).strip();
            joined.append(first ? "" : separator)
                    .append(part.endsWith(",") ? part.substring(0, part.length() - 1) : part);
            first = false;
            j++;
        }
        if (j == lines.size()) {
            out.add(lines.get(i));
            return 0;
        }
        out.add(joined.append(end).toString());
        return j - i;
    }

    private static boolean skipBlank(List<String> out, List<String> lines, int i) {
        String previous = out.isEmpty() ? "" : out.get(out.size() - 1).strip();
        String next = i + 1 < lines.size() ? lines.get(i + 1).strip() : "";
        return previous.isEmpty() && !out.isEmpty() || previous.endsWith("{")
                || next.equals("}") || next.isEmpty() && i + 1 < lines.size();
    }
}
