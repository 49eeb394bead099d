package dev.actionkit.codegen.schema;

import java.util.Locale;

/**
 * Makes text well-formed UTF-16 before it becomes a Java string literal: a lone surrogate
 * becomes U+FFFD. javac mis-reads a string literal in which a lone high-surrogate Unicode escape
 * is followed by an escaped backslash and the letter u (such a literal does not compile), and a
 * lone surrogate cannot be sent as UTF-8 JSON anyway.
 */
public final class Utf16 {

    private Utf16() {}

    /** Returns {@code text} with every lone surrogate replaced by U+FFFD. */
    public static String wellFormed(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append('\uFFFD');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Returns the lone surrogates of {@code text} as code points, e.g. {@code U+D800}. */
    public static String describeLoneSurrogates(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                out.append(out.length() == 0 ? "" : ", ")
                        .append(String.format(Locale.ROOT, "U+%04X", (int) c));
            }
        }
        return out.toString();
    }
}
