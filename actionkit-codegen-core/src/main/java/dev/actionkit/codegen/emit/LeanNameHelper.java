package dev.actionkit.codegen.emit;

import org.jsonschema2pojo.GenerationConfig;
import org.jsonschema2pojo.util.NameHelper;

/**
 * jsonschema2pojo's {@link NameHelper} with the same results and no regular expression: its
 * {@link #replaceIllegalCharacters} compiled {@link NameHelper#ILLEGAL_CHARACTER_REGEX} again for
 * every property name and every getter name it derives, the largest single cost of its rules.
 */
final class LeanNameHelper extends NameHelper {

    LeanNameHelper(GenerationConfig config) {
        super(config);
    }

    /**
     * Replaces every code point other than {@code [0-9a-zA-Z_$]} with {@code _}, exactly as
     * {@code name.replaceAll(ILLEGAL_CHARACTER_REGEX, "_")} does: a surrogate pair is one code
     * point and becomes one {@code _}, a lone surrogate too.
     */
    @Override
    public String replaceIllegalCharacters(String name) {
        int legalPrefix = 0;
        while (legalPrefix < name.length() && isLegal(name.charAt(legalPrefix))) {
            legalPrefix++;
        }
        if (legalPrefix == name.length()) {
            return name;
        }
        StringBuilder replaced = new StringBuilder(name.length()).append(name, 0, legalPrefix);
        for (int i = legalPrefix; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            replaced.append(codePoint < 0x80 && isLegal((char) codePoint) ? (char) codePoint : '_');
            i += Character.charCount(codePoint);
        }
        return replaced.toString();
    }

    private static boolean isLegal(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
                || c == '$';
    }
}
