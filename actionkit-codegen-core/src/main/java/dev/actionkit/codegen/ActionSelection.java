package dev.actionkit.codegen;

import dev.actionkit.codegen.model.Selection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * Which actions of a catalog to generate: integration keys (empty means all), then action-name
 * globs to include (empty means all) and to exclude; excludes win. Globs know {@code *} (any
 * run of characters) and {@code ?} (one character) and match the whole name.
 *
 * @param integrations integration keys to keep; empty keeps every integration
 * @param includes action-name globs to keep; empty keeps every action
 * @param excludes action-name globs to drop, even when included
 */
public record ActionSelection(Set<String> integrations, List<String> includes,
        List<String> excludes) implements Selection {

    private static final ActionSelection ALL = new ActionSelection(Set.of(), List.of(), List.of());

    public ActionSelection {
        Objects.requireNonNull(integrations, "integrations == null");
        Objects.requireNonNull(includes, "includes == null");
        Objects.requireNonNull(excludes, "excludes == null");
        integrations = Set.copyOf(integrations);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }

    /** Returns the selection of every action of every integration. */
    public static ActionSelection all() {
        return ALL;
    }

    /**
     * Returns this selection as a test of (integration key, action name), its globs compiled
     * once: the one definition of what is selected, for the generator and its callers alike.
     */
    public BiPredicate<String, String> compile() {
        List<Pattern> in = includes.stream().map(ActionSelection::glob).toList();
        List<Pattern> out = excludes.stream().map(ActionSelection::glob).toList();
        return (integration, actionName) ->
                (integrations.isEmpty() || integrations.contains(integration))
                        && (in.isEmpty() || in.stream().anyMatch(p -> p.matcher(actionName).matches()))
                        && out.stream().noneMatch(p -> p.matcher(actionName).matches());
    }

    /** Compiles a glob: {@code *} any run of characters, {@code ?} one, the whole name. */
    public static Pattern glob(String pattern) {
        return Selection.glob(pattern);
    }
}
