package dev.actionkit.codegen.model;

import dev.actionkit.codegen.diagnostic.Diagnostic;
import dev.actionkit.codegen.diagnostic.Severity;
import dev.actionkit.runtime.catalog.ActionDefinition;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Parses {@code ACTION_NAME.wireName} overrides and reports the ones that match nothing. */
final class OptionalParameters {

    private OptionalParameters() {}

    /** Returns action name to the wire names to treat as optional. */
    static Map<String, Set<String>> parse(Set<String> entries, List<ActionDefinition> actions,
            Consumer<Diagnostic> reporter) {
        Map<String, ActionDefinition> byName = new HashMap<>();
        actions.forEach(a -> byName.putIfAbsent(a.name(), a));
        Map<String, Set<String>> optional = new HashMap<>();
        entries.stream().sorted().forEach(entry -> {
            int dot = entry.indexOf('.');
            ActionDefinition action = dot < 0 ? null : byName.get(entry.substring(0, dot));
            String wire = dot < 0 ? "" : entry.substring(dot + 1);
            if (action == null || !action.parametersView().path("properties").has(wire)) {
                reporter.accept(new Diagnostic(Severity.WARNING,
                        "optional-parameter-matches-nothing",
                        "optionalParameters/" + entry, "\"" + entry + "\" names no parameter of a "
                        + "selected action (expected ACTION_NAME.wireName)"));
            } else {
                optional.computeIfAbsent(action.name(), n -> new HashSet<>()).add(wire);
            }
        });
        return optional;
    }
}
