package dev.actionkit.codegen.property;

import java.util.ArrayList;
import java.util.List;

/**
 * The code of a Java source as javac's scanner sees it: Unicode escapes decoded first (JLS 3.3,
 * so an escaped {@code *}{@code /} ends a comment here exactly as it would for javac), then
 * comments and white space dropped, and every string, text-block and character literal
 * replaced by a placeholder. A join of literals, {@code String.join("", "a", "b")}, counts as
 * one literal: the generator splits long text that way. What is left is everything a
 * description could change if it escaped its comment or literal.
 */
final class JavaTokens {

    static final String STRING = "\"…\"";
    static final String CHAR = "'…'";

    private final String text;
    private int at;

    private JavaTokens(String text) {
        this.text = text;
    }

    /** Returns the code tokens of {@code source}, literals as placeholders. */
    static List<String> of(String source) {
        return joinsAsLiterals(new JavaTokens(decodeUnicodeEscapes(source)).scan());
    }

    /** Decodes backslash-u escapes whose backslash is not itself escaped, as javac does. */
    static String decodeUnicodeEscapes(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int backslashes = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\' && backslashes % 2 == 0 && i + 1 < source.length()
                    && source.charAt(i + 1) == 'u') {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) == 'u') {
                    j++;
                }
                if (j + 4 <= source.length() && isHex(source.substring(j, j + 4))) {
                    out.append((char) Integer.parseInt(source.substring(j, j + 4), 16));
                    i = j + 3;
                    backslashes = 0;
                    continue;
                }
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isHex(String four) {
        return four.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }

    private List<String> scan() {
        List<String> tokens = new ArrayList<>();
        while (at < text.length()) {
            char c = text.charAt(at);
            if (Character.isWhitespace(c) || c == '\u001a') {
                at++;
            } else if (text.startsWith("//", at)) {
                while (at < text.length() && text.charAt(at) != '\n' && text.charAt(at) != '\r') {
                    at++;
                }
            } else if (text.startsWith("/*", at)) {
                int end = text.indexOf("*/", at + 2);
                at = end < 0 ? text.length() : end + 2;
            } else if (text.startsWith("\"\"\"", at)) {
                int end = text.indexOf("\"\"\"", at + 3);
                while (end > 0 && text.charAt(end - 1) == '\\') {
                    end = text.indexOf("\"\"\"", end + 1);
                }
                at = end < 0 ? text.length() : end + 3;
                tokens.add(STRING);
            } else if (c == '"' || c == '\'') {
                skipQuoted(c);
                tokens.add(c == '"' ? STRING : CHAR);
            } else if (Character.isJavaIdentifierStart(c) || Character.isDigit(c)) {
                int start = at;
                while (at < text.length() && Character.isJavaIdentifierPart(text.charAt(at))) {
                    at++;
                }
                tokens.add(text.substring(start, at));
            } else {
                tokens.add(String.valueOf(c));
                at++;
            }
        }
        return tokens;
    }

    private void skipQuoted(char quote) {
        at++;
        while (at < text.length() && text.charAt(at) != quote) {
            char c = text.charAt(at);
            if (c == '\n' || c == '\r') {
                return;
            }
            at += c == '\\' ? 2 : 1;
        }
        at++;
    }

    /** Replaces {@code String . join ( "…" , "…" , ... )} by one string placeholder. */
    private static List<String> joinsAsLiterals(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            int end = joinEnd(tokens, i);
            if (end > 0) {
                out.add(STRING);
                i = end;
            } else {
                out.add(tokens.get(i));
            }
        }
        return out;
    }

    private static int joinEnd(List<String> tokens, int i) {
        if (!List.of("String", ".", "join", "(").equals(slice(tokens, i, 4))) {
            return -1;
        }
        int j = i + 4;
        while (j + 1 < tokens.size() && tokens.get(j).equals(STRING)) {
            if (tokens.get(j + 1).equals(")")) {
                return j + 1;
            }
            if (!tokens.get(j + 1).equals(",")) {
                return -1;
            }
            j += 2;
        }
        return -1;
    }

    private static List<String> slice(List<String> tokens, int from, int length) {
        return from + length <= tokens.size() ? tokens.subList(from, from + length) : List.of();
    }
}
