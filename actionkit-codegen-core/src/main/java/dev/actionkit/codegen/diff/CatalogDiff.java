package dev.actionkit.codegen.diff;

import dev.actionkit.runtime.catalog.ActionCatalog;
import dev.actionkit.runtime.catalog.ActionDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What changed between an older and a newer catalog: integrations and actions added and
 * removed, top-level parameters added and removed, parameters that became required or optional,
 * and parameter type changes; each flagged when it breaks code generated from the older catalog.
 *
 * <pre>{@code
 * CatalogDiff diff = CatalogDiff.between(snapshot, fetched);
 * diff.reportLines().forEach(log::info);
 * if (!diff.breakingChanges().isEmpty()) { ... }
 * }</pre>
 *
 * <p>Actions are compared by integration and name, so an action that moved to another
 * integration is removed from one and added to the other (its accessor changes). Only top-level
 * parameters are compared; nested schemas, enums and descriptions are not.
 *
 * @param changes the changes, ordered by integration, action, parameter, then kind
 */
public record CatalogDiff(List<CatalogChange> changes) {

    private static final Comparator<CatalogChange> ORDER = Comparator
            .comparing(CatalogChange::integration)
            .thenComparing(CatalogChange::action)
            .thenComparing(CatalogChange::parameter)
            .thenComparing(CatalogChange::kind);

    public CatalogDiff {
        changes = changes.stream().sorted(ORDER).toList();
    }

    /** Compares {@code before} (e.g. the snapshot) with {@code after} (e.g. the fetched one). */
    public static CatalogDiff between(ActionCatalog before, ActionCatalog after) {
        Objects.requireNonNull(before, "before == null");
        Objects.requireNonNull(after, "after == null");
        List<CatalogChange> changes = new ArrayList<>();
        Map<String, Map<String, ActionDefinition>> old = index(before);
        Map<String, Map<String, ActionDefinition>> current = index(after);
        old.forEach((integration, actions) -> {
            if (!current.containsKey(integration)) {
                changes.add(integrationChange(CatalogChange.Kind.INTEGRATION_REMOVED,
                        integration, actions, true));
            }
        });
        current.forEach((integration, actions) -> {
            Map<String, ActionDefinition> oldActions = old.get(integration);
            if (oldActions == null) {
                changes.add(integrationChange(CatalogChange.Kind.INTEGRATION_ADDED,
                        integration, actions, false));
            } else {
                compareActions(integration, oldActions, actions, changes);
            }
        });
        return new CatalogDiff(changes);
    }

    /** Returns true when the catalogs describe the same integrations, actions and parameters. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** Returns the changes that break code generated from the older catalog. */
    public List<CatalogChange> breakingChanges() {
        return changes.stream().filter(CatalogChange::breaking).toList();
    }

    /**
     * Returns a short report: a headline with counts, then one indented line per change, breaking
     * ones marked {@code [BREAKING]}. Empty when nothing changed.
     */
    public List<String> reportLines() {
        if (isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("Catalog changes: " + changes.size()
                + (changes.size() == 1 ? " change" : " changes") + ", "
                + breakingChanges().size() + " breaking");
        for (CatalogChange change : changes) {
            lines.add("  " + symbol(change.kind()) + " " + change.describe()
                    + (change.breaking() ? " [BREAKING]" : ""));
        }
        return lines;
    }

    private static String symbol(CatalogChange.Kind kind) {
        return switch (kind) {
            case INTEGRATION_ADDED, ACTION_ADDED, PARAMETER_ADDED -> "+";
            case INTEGRATION_REMOVED, ACTION_REMOVED, PARAMETER_REMOVED -> "-";
            case PARAMETER_NOW_REQUIRED, PARAMETER_NOW_OPTIONAL, TYPE_CHANGED -> "~";
        };
    }

    private static void compareActions(String integration, Map<String, ActionDefinition> before,
            Map<String, ActionDefinition> after, List<CatalogChange> changes) {
        before.forEach((name, action) -> {
            if (!after.containsKey(name)) {
                changes.add(new CatalogChange(CatalogChange.Kind.ACTION_REMOVED, integration, name,
                        "", "", true));
            }
        });
        after.forEach((name, action) -> {
            ActionDefinition old = before.get(name);
            if (old == null) {
                changes.add(new CatalogChange(CatalogChange.Kind.ACTION_ADDED, integration, name,
                        "", "", false));
            } else {
                ParameterDiff.compare(integration, name, old.parametersView(),
                        action.parametersView(), changes);
            }
        });
    }

    private static CatalogChange integrationChange(CatalogChange.Kind kind, String integration,
            Map<String, ActionDefinition> actions, boolean breaking) {
        String detail = actions.size() + (actions.size() == 1 ? " action" : " actions")
                + (actions.isEmpty() ? "" : ": " + String.join(", ", actions.keySet()));
        return new CatalogChange(kind, integration, "", "", detail, breaking);
    }

    private static Map<String, Map<String, ActionDefinition>> index(ActionCatalog catalog) {
        Map<String, Map<String, ActionDefinition>> index = new TreeMap<>();
        catalog.integrations().forEach((integration, actions) -> {
            Map<String, ActionDefinition> byName = new TreeMap<>();
            actions.forEach(action -> byName.put(action.name(), action));
            index.put(integration, byName);
        });
        return index;
    }
}
