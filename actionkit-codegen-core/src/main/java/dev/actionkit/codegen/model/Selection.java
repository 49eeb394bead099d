package dev.actionkit.codegen.model;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which actions of a catalog to model, as {@link ModelBuilder} reads it: integration keys
 * (empty means all), then action-name globs to include (empty means all) and to exclude;
 * excludes win. The request's {@code ActionSelection} is one.
 */
public interface Selection {

    /** Returns the integration keys to keep; empty keeps every integration. */
    Set<String> integrations();

    /** Returns the action-name globs to keep; empty keeps every action. */
    List<String> includes();

    /** Returns the action-name globs to drop, even when included. */
    List<String> excludes();

    /** Compiles a glob: {@code *} any run of characters, {@code ?} one, the whole name. */
    static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
