package dev.actionkit.codegen.emit;

import com.sun.codemodel.JExpression;
import com.sun.codemodel.JExpressionImpl;
import com.sun.codemodel.JFormatter;
import java.nio.charset.StandardCharsets;

/**
 * Java string literals, quoted exactly as codemodel's {@code JExpr.quotify('"', s)} quotes them
 * (so the output stays byte-identical) but in two passes over the chars with no per-char
 * {@code Integer.toHexString} or builder call: {@code \b \t \n \f \r \" \\} escaped by name,
 * every other char below U+0020 or above U+007E (surrogates each on their own) as a lower-case
 * backslash-u escape, the single quote and printable ASCII as they are.
 */
final class JavaString {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private JavaString() {}

    /** Returns a codemodel expression that prints {@code value} as a quoted literal. */
    static JExpression literal(String value) {
        return new Literal(quote(value));
    }

    /** Returns {@code value} in double quotes, escaped; the result is ASCII only. */
    static String quote(String value) {
        int length = value.length();
        int size = 2;
        for (int i = 0; i < length; i++) {
            size += width(value.charAt(i));
        }
        byte[] out = new byte[size];
        out[0] = '"';
        int at = 1;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c <= 0x7e && c != '"' && c != '\\') {
                out[at++] = (byte) c;
            } else {
                at = escape(c, out, at);
            }
        }
        out[at] = '"';
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    /** Returns how many chars {@code c} takes inside the literal. */
    private static int width(char c) {
        if (c >= 0x20 && c <= 0x7e) {
            return c == '"' || c == '\\' ? 2 : 1;
        }
        return named(c) != 0 ? 2 : 6;
    }

    /** Returns the letter of {@code c}'s named escape, or 0 when it has none. */
    private static char named(char c) {
        return switch (c) {
            case '\b' -> 'b';
            case '\t' -> 't';
            case '\n' -> 'n';
            case '\f' -> 'f';
            case '\r' -> 'r';
            case '"' -> '"';
            case '\\' -> '\\';
            default -> 0;
        };
    }

    private static int escape(char c, byte[] out, int at) {
        out[at++] = '\\';
        char name = named(c);
        if (name != 0) {
            out[at++] = (byte) name;
            return at;
        }
        out[at++] = 'u';
        out[at++] = HEX[c >>> 12];
        out[at++] = HEX[(c >>> 8) & 0xf];
        out[at++] = HEX[(c >>> 4) & 0xf];
        out[at++] = HEX[c & 0xf];
        return at;
    }

    /** A literal whose quoted text is printed as it is. */
    private static final class Literal extends JExpressionImpl {

        private final String quoted;

        Literal(String quoted) {
            this.quoted = quoted;
        }

        @Override
        public void generate(JFormatter f) {
            f.p(quoted);
        }
    }
}
