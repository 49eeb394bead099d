package dev.actionkit.codegen.model;

import dev.actionkit.codegen.diagnostic.Diagnostic;
import dev.actionkit.codegen.diagnostic.Severity;
import dev.actionkit.runtime.catalog.ActionCatalog;
import dev.actionkit.runtime.catalog.ActionDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Applies a {@link Selection} to a catalog and reports every integration key and pattern
 * that matched nothing.
 */
final class Selector {

    private Selector() {}

    /** Returns the selected actions by integration key, both sorted. */
    static Map<String, List<ActionDefinition>> select(ActionCatalog catalog,
            Selection selection, Consumer<Diagnostic> reporter) {
        List<Pattern> includes = selection.includes().stream().map(Selection::glob).toList();
        List<Pattern> excludes = selection.excludes().stream().map(Selection::glob).toList();
        Set<Integer> usedIncludes = new HashSet<>();
        Set<Integer> usedExcludes = new HashSet<>();
        Map<String, List<ActionDefinition>> selected = new TreeMap<>();
        catalog.sorted().integrations().forEach((key, actions) -> {
            if (!selection.integrations().isEmpty() && !selection.integrations().contains(key)) {
                return;
            }
            List<ActionDefinition> kept = new ArrayList<>();
            for (ActionDefinition action : actions) {
                boolean included = includes.isEmpty()
                        | matchAny(includes, action.name(), usedIncludes);
                boolean excluded = matchAny(excludes, action.name(), usedExcludes);
                if (included && !excluded) {
                    kept.add(action);
                }
            }
            if (!kept.isEmpty()) {
                selected.put(key, kept);
            }
        });
        selection.integrations().stream().sorted()
                .filter(key -> !catalog.integrations().containsKey(key))
                .forEach(key -> reporter.accept(unmatched("integrations/" + key,
                        "the catalog has no integration \"" + key + "\"")));
        reportUnused(selection.includes(), usedIncludes, "includes", reporter);
        reportUnused(selection.excludes(), usedExcludes, "excludes", reporter);
        return selected;
    }

    private static boolean matchAny(List<Pattern> patterns, String name, Set<Integer> used) {
        boolean any = false;
        for (int i = 0; i < patterns.size(); i++) {
            if (patterns.get(i).matcher(name).matches()) {
                used.add(i);
                any = true;
            }
        }
        return any;
    }

    private static void reportUnused(List<String> patterns, Set<Integer> used, String kind,
            Consumer<Diagnostic> reporter) {
        for (int i = 0; i < patterns.size(); i++) {
            if (!used.contains(i)) {
                reporter.accept(unmatched(kind + "/" + patterns.get(i), "the pattern \""
                        + patterns.get(i) + "\" matches no action of the catalog"));
            }
        }
    }

    private static Diagnostic unmatched(String location, String message) {
        return new Diagnostic(Severity.WARNING, "selection-matches-nothing", location, message);
    }

}
