package dev.actionkit.runtime.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An ActionKit catalog: the actions of each integration and the {@code errors} the server
 * reported beside them, as returned by {@code GET /actions}.
 *
 * <p>Integrations and actions keep the order they were given in; {@link #sorted()} returns the
 * normalized order used for snapshots. Read and write catalogs with {@link CatalogJson}.
 *
 * @param integrations integration key to its actions, in order
 * @param errors the response's {@code errors} items, kept as JSON
 */
public record ActionCatalog(
        Map<String, List<ActionDefinition>> integrations, List<JsonNode> errors) {

    /** Copies both parts; integrations keep their order, errors are deep-copied. */
    public ActionCatalog {
        Objects.requireNonNull(integrations, "integrations == null");
        Objects.requireNonNull(errors, "errors == null");
        Map<String, List<ActionDefinition>> copy = new LinkedHashMap<>();
        integrations.forEach((key, actions) -> copy.put(key, List.copyOf(actions)));
        integrations = Collections.unmodifiableMap(copy);
        List<JsonNode> errorCopies = new ArrayList<>(errors.size());
        errors.forEach(error -> errorCopies.add(error.deepCopy()));
        errors = List.copyOf(errorCopies);
    }

    /** Returns every action of every integration, in catalog order. */
    public List<ActionDefinition> actions() {
        List<ActionDefinition> all = new ArrayList<>();
        integrations.values().forEach(all::addAll);
        return all;
    }

    /** Returns the number of actions across all integrations. */
    public int actionCount() {
        return integrations.values().stream().mapToInt(List::size).sum();
    }

    /**
     * Returns this catalog with integrations sorted by key and each integration's actions sorted
     * by name; schemas and errors are unchanged.
     */
    public ActionCatalog sorted() {
        Map<String, List<ActionDefinition>> sorted = new TreeMap<>();
        integrations.forEach((key, actions) -> {
            List<ActionDefinition> byName = new ArrayList<>(actions);
            byName.sort((a, b) -> a.name().compareTo(b.name()));
            sorted.put(key, byName);
        });
        return new ActionCatalog(sorted, errors);
    }
}
