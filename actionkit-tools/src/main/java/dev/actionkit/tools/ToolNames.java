package dev.actionkit.tools;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides the name each action is offered to a model under. Model APIs accept only some names:
 * OpenAI and Anthropic {@code [a-zA-Z0-9_-]}, at most 64 characters; Gemini also wants a letter
 * or {@code _} first. An action name that meets that strictest common rule is its own tool name;
 * any other (about 1 in 125 real names is longer than 64 characters, some start with a digit)
 * becomes a fitting prefix of it, {@code _}, and 8 hex digits of its SHA-256: the same name in
 * every tool set, whatever else is in it.
 *
 * <p>Names that fit are reserved first; a shortened name that is already taken (by chance, or
 * by a catalog that does it on purpose) is digested again with a counter until it is free, so
 * the names of one set never collide.
 */
final class ToolNames {

    /** The longest name every supported model API accepts. */
    static final int MAX_LENGTH = 64;

    private static final Pattern FITS = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_-]{0,63}");
    private static final int DIGEST_HEX = 8;

    private ToolNames() {}

    /** Returns true when {@code name} can be sent to every supported model API as it is. */
    static boolean fits(String name) {
        return FITS.matcher(name).matches();
    }

    /** Returns the tool name of each action name, in order, all distinct and fitting. */
    static Map<String, String> assign(Collection<String> actionNames) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String name : actionNames) {
            if (fits(name)) {
                names.put(name, name);
                taken.add(name);
            }
        }
        for (String name : actionNames) {
            if (!names.containsKey(name)) {
                names.put(name, null);
            }
        }
        names.replaceAll((action, tool) -> tool != null ? tool : free(action, taken));
        return names;
    }

    /** Returns the shortened name of {@code action} that is not in {@code taken}, and takes it. */
    private static String free(String action, Set<String> taken) {
        for (int attempt = 0; ; attempt++) {
            String candidate = shortened(action, attempt);
            if (taken.add(candidate)) {
                return candidate;
            }
        }
    }

    /** Returns e.g. {@code MICROSOFT_..._CREATE_1a2b3c4d}: at most {@value #MAX_LENGTH} long. */
    static String shortened(String action, int attempt) {
        StringBuilder prefix = new StringBuilder(action.length() + 1);
        if (action.isEmpty() || !isLetterOrUnderscore(action.charAt(0))) {
            prefix.append('_');
        }
        action.codePoints().forEach(c -> prefix.append(isAllowed(c) ? (char) c : '_'));
        int room = MAX_LENGTH - 1 - DIGEST_HEX;
        String head = prefix.length() <= room ? prefix.toString() : prefix.substring(0, room);
        return head + "_" + digest(attempt == 0 ? action : action + "#" + attempt);
    }

    private static boolean isLetterOrUnderscore(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAllowed(int c) {
        return c < 128 && (isLetterOrUnderscore((char) c) || c == '-' || (c >= '0' && c <= '9'));
    }

    private static String digest(String text) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha, 0, DIGEST_HEX / 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
