package dev.actionkit.codegen.model;

import dev.actionkit.codegen.naming.Identifiers;
import dev.actionkit.runtime.catalog.ActionDefinition;
import java.util.List;
import java.util.Locale;

/**
 * Finds the action-name prefix of an integration: the leading words of its action names that
 * spell the integration key ({@code googledrive} and {@code GOOGLE_DRIVE_LIST_FILES} give
 * {@code GOOGLE_DRIVE}), or that spell the part after the last dot ({@code custom.spotify} and
 * {@code SPOTIFY_PLAY} give {@code SPOTIFY}).
 *
 * @param words the prefix's words, e.g. {@code [GOOGLE, DRIVE]}; empty when there is none
 */
record IntegrationPrefix(List<String> words) {

    IntegrationPrefix {
        words = List.copyOf(words);
    }

    /** Finds the prefix of an integration, the first match in action-name order. */
    static IntegrationPrefix of(String key, List<ActionDefinition> actions) {
        String whole = squash(key);
        String tail = squash(key.substring(key.lastIndexOf('.') + 1));
        for (ActionDefinition action : actions) {
            List<String> words = Identifiers.words(action.name());
            StringBuilder spelled = new StringBuilder();
            for (int k = 0; k < words.size() - 1; k++) {
                spelled.append(words.get(k).toLowerCase(Locale.ROOT));
                if (spelled.toString().equals(whole) || spelled.toString().equals(tail)) {
                    return new IntegrationPrefix(words.subList(0, k + 1));
                }
            }
        }
        return new IntegrationPrefix(List.of());
    }

    /** Returns the base of the accessor and class names: the prefix, else the key. */
    String nameBase(String key) {
        return words.isEmpty() ? key : String.join("_", words);
    }

    /** Returns the action name without this prefix, or the whole name outside the prefix. */
    String strip(String actionName) {
        List<String> nameWords = Identifiers.words(actionName);
        if (words.isEmpty() || nameWords.size() <= words.size()) {
            return actionName;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!nameWords.get(i).equalsIgnoreCase(words.get(i))) {
                return actionName;
            }
        }
        return String.join("_", nameWords.subList(words.size(), nameWords.size()));
    }

    private static String squash(String text) {
        return String.join("", Identifiers.words(text)).toLowerCase(Locale.ROOT);
    }
}
