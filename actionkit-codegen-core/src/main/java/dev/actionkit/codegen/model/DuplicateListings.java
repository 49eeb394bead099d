package dev.actionkit.codegen.model;

import dev.actionkit.codegen.diagnostic.Diagnostic;
import dev.actionkit.codegen.diagnostic.Severity;
import dev.actionkit.codegen.naming.Identifiers;
import dev.actionkit.runtime.catalog.ActionDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Resolves an action listed more than once, under several integrations or twice under one.
 * ActionKit runs actions by name alone, so equal listings are one action: it is kept once,
 * under the integration its name starts with (else the first key), and the others are reported
 * as {@code duplicate-action-listing}.
 * Listings that differ are an error, {@code duplicate-action-name}, naming every place.
 */
final class DuplicateListings {

    private DuplicateListings() {}

    /** Returns the selection with equal duplicates removed; empty integrations are dropped. */
    static Map<String, List<ActionDefinition>> resolve(Map<String, List<ActionDefinition>> selected,
            Consumer<Diagnostic> reporter) {
        Map<String, List<ActionDefinition>> byName = new LinkedHashMap<>();
        selected.values().forEach(actions -> actions.forEach(a ->
                byName.computeIfAbsent(a.name(), n -> new ArrayList<>()).add(a)));
        Map<String, String> keeper = new LinkedHashMap<>();
        byName.forEach((name, listings) -> {
            if (listings.size() > 1) {
                keeper.put(name, decide(name, listings, reporter));
            }
        });
        Map<String, List<ActionDefinition>> resolved = new LinkedHashMap<>();
        Set<String> placed = new HashSet<>();
        selected.forEach((key, actions) -> {
            // An equal listing repeated under the keeper's own key is placed once, too.
            List<ActionDefinition> kept = actions.stream()
                    .filter(a -> keeper.getOrDefault(a.name(), key).equals(key)
                            && (!keeper.containsKey(a.name()) || placed.add(a.name())))
                    .toList();
            if (!kept.isEmpty()) {
                resolved.put(key, kept);
            }
        });
        return resolved;
    }

    private static String decide(String name, List<ActionDefinition> listings,
            Consumer<Diagnostic> reporter) {
        List<String> places = listings.stream().map(a -> a.integration() + "/" + name).toList();
        boolean equal = listings.stream().allMatch(a -> a.description()
                .equals(listings.get(0).description())
                && a.parametersView().equals(listings.get(0).parametersView()));
        if (!equal) {
            reporter.accept(Diagnostic.at(Severity.ERROR, "duplicate-action-name",
                    listings.get(0), "", "the action name " + name + " is listed "
                    + listings.size() + " times with different definitions: "
                    + String.join(", ", places)));
            return listings.get(0).integration();
        }
        String squashed = squash(name);
        String keep = listings.stream().map(ActionDefinition::integration)
                .filter(key -> squashed.startsWith(squash(key))).findFirst()
                .orElse(listings.get(0).integration());
        reporter.accept(Diagnostic.at(Severity.WARNING, "duplicate-action-listing",
                listings.get(0), "", "the action " + name + " is listed identically under "
                + String.join(", ", places) + "; generated once, under " + keep));
        return keep;
    }

    private static String squash(String text) {
        return String.join("", Identifiers.words(text)).toLowerCase(Locale.ROOT);
    }
}
