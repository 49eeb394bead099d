package dev.actionkit.codegen.schema;

/**
 * Makes any description safe as Javadoc text: nothing in it can end the comment, start a tag,
 * become a Unicode escape that javac decodes before parsing, or carry a control character.
 *
 * <p>Backslashes become {@code &#92;} (so no backslash-u sequence reaches javac), {@code *}
 * followed by {@code /} and {@code /} followed by {@code *} are broken with an entity,
 * {@code @}, {@code <}, {@code >} and {@code &} become HTML entities, line breaks become LF and
 * other control characters (and U+2028/U+2029) become spaces. JavaPoet and format placeholders
 * such as {@code $T} and {@code %s} stay text: emitters pass descriptions as arguments, never as
 * format strings.
 */
public final class JavadocText {

    private JavadocText() {}

    /** Returns the escaped text, trimmed; empty for an empty or blank description. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            switch (c) {
                case '\\' -> out.append("&#92;");
                case '@' -> out.append("&#64;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '*' -> out.append(next == '/' ? "*&#47;" : "*");
                case '/' -> out.append(next == '*' ? "/&#42;" : "/");
                case '\r' -> out.append(next == '\n' ? "" : "\n");
                case '\n' -> out.append('\n');
                default -> out.append(isControl(c) ? ' ' : c);
            }
            if ((c == '*' && next == '/') || (c == '/' && next == '*')) {
                i++;
            }
        }
        return out.toString().strip();
    }

    private static boolean isControl(char c) {
        return Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029';
    }
}
