package dev.actionkit.runtime;

import java.util.List;
import java.util.Objects;

/**
 * The query of {@code GET /actions}. The defaults are what code generation wants: the JSON
 * Schema format and every action, not only those the user has connected.
 *
 * @param format {@code json_schema} (the default) or another format ActionKit supports
 * @param limitToAvailable list only the integrations the user has connected
 * @param reloadFields reload custom fields instead of using ActionKit's 8-hour cache
 * @param integrations only these integration keys; empty means all
 * @param categories only these categories; empty means all
 */
public record ListActionsOptions(
        String format,
        boolean limitToAvailable,
        boolean reloadFields,
        List<String> integrations,
        List<String> categories) {

    /** Checks the format and copies the filters. */
    public ListActionsOptions {
        Objects.requireNonNull(format, "format == null");
        integrations = List.copyOf(Objects.requireNonNull(integrations, "integrations == null"));
        categories = List.copyOf(Objects.requireNonNull(categories, "categories == null"));
    }

    /** Returns {@code format=json_schema&limit_to_available=false}, no filters. */
    public static ListActionsOptions defaults() {
        return new ListActionsOptions("json_schema", false, false, List.of(), List.of());
    }

    /** Returns these options with only the given integration keys. */
    public ListActionsOptions withIntegrations(List<String> keys) {
        return new ListActionsOptions(format, limitToAvailable, reloadFields, keys, categories);
    }

    /** Returns these options with only the given categories. */
    public ListActionsOptions withCategories(List<String> names) {
        return new ListActionsOptions(format, limitToAvailable, reloadFields, integrations, names);
    }

    /** Returns these options with {@code reload_fields} set as given. */
    public ListActionsOptions withReloadFields(boolean reload) {
        return new ListActionsOptions(format, limitToAvailable, reload, integrations, categories);
    }

    /** Returns these options with {@code limit_to_available} set as given. */
    public ListActionsOptions withLimitToAvailable(boolean limit) {
        return new ListActionsOptions(format, limit, reloadFields, integrations, categories);
    }
}
