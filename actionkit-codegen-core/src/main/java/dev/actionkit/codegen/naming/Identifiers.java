package dev.actionkit.codegen.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns wire names (action names, property names, enum values, integration keys) into legal,
 * readable ASCII Java identifiers in the three styles generated code uses.
 *
 * <p>A name is split into words at every character that is not an ASCII letter or digit; a word
 * written all in capitals is lowered ({@code SEND_MESSAGE} gives {@code sendMessage}, {@code URL}
 * gives {@code url}). A result that starts with a digit gets a leading underscore; a result with
 * no letters or digits at all becomes the given fallback. Keywords are left to
 * {@link JavaNames}.
 */
public final class Identifiers {

    private Identifiers() {}

    /** Returns the words of a wire name, e.g. {@code field-email} gives {@code [field, email]}. */
    public static List<String> words(String wireName) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < wireName.length(); i++) {
            char c = wireName.charAt(i);
            if (isAsciiLetterOrDigit(c)) {
                word.append(c);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** Returns the lowerCamel form: {@code SLACK_SEND_MESSAGE} gives {@code slackSendMessage}. */
    public static String lowerCamel(String wireName, String fallback) {
        String upper = upperCamel(wireName, "");
        if (upper.isEmpty()) {
            return fallback;
        }
        String result = leadingDigit(upper);
        for (int i = 0; i < result.length(); i++) {
            if (Character.isLetter(result.charAt(i))) {
                // The first letter is lower case even after a leading digit ("0z" gives "_0z"),
                // the form jsonschema2pojo would otherwise force on a field name.
                return result.substring(0, i) + Character.toLowerCase(result.charAt(i))
                        + result.substring(i + 1);
            }
        }
        return result;
    }

    /** Returns the UpperCamel form, e.g. {@code send_message} gives {@code SendMessage}. */
    public static String upperCamel(String wireName, String fallback) {
        StringBuilder result = new StringBuilder();
        for (String word : words(wireName)) {
            String w = isAllUpper(word) ? word.toLowerCase(Locale.ROOT) : word;
            result.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
        }
        return result.length() == 0 ? fallback : leadingDigit(result.toString());
    }

    /** Returns the CONSTANT_CASE form, e.g. {@code Mr.} gives {@code MR}. */
    public static String constantCase(String wireName, String fallback) {
        List<String> words = new ArrayList<>();
        for (String word : words(symbolsAsWords(wireName))) {
            words.addAll(splitCamel(word));
        }
        if (words.isEmpty()) {
            return fallback;
        }
        return leadingDigit(String.join("_", words).toUpperCase(Locale.ROOT));
    }

    /**
     * Returns {@code identifier} cut to at most {@code maxLength} characters by dropping its
     * middle, so that both the start (the action) and the end (the property, {@code Params},
     * {@code Item}) stay readable; shorter identifiers are returned as they are.
     */
    public static String shortened(String identifier, int maxLength) {
        if (identifier.length() <= maxLength) {
            return identifier;
        }
        int head = maxLength / 2;
        return identifier.substring(0, head)
                + identifier.substring(identifier.length() - (maxLength - head));
    }

    private static String symbolsAsWords(String value) {
        return value.replace("+", " plus ").replace("%", " percent ").replace("#", " number ");
    }

    private static List<String> splitCamel(String word) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i - 1))
                    && Character.isUpperCase(word.charAt(i))) {
                parts.add(word.substring(start, i));
                start = i;
            }
        }
        parts.add(word.substring(start));
        return parts;
    }

    private static String leadingDigit(String identifier) {
        return Character.isDigit(identifier.charAt(0)) ? "_" + identifier : identifier;
    }

    private static boolean isAllUpper(String word) {
        boolean letters = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
