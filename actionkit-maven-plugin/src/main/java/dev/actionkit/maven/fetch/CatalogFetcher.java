package dev.actionkit.maven.fetch;

import dev.actionkit.maven.credentials.TokenSource;
import dev.actionkit.runtime.ActionKitClient;
import dev.actionkit.runtime.ListActionsOptions;
import dev.actionkit.runtime.catalog.ActionCatalog;

/** Calls {@code GET /actions}; the plugin's one network access. */
@FunctionalInterface
public interface CatalogFetcher {

    /**
     * Fetches through the runtime's {@link ActionKitClient}, with its retries, its 64 MiB limit
     * on the answer, and {@link FetchSettings#fetchTimeout()} as the bound of the whole call.
     */
    CatalogFetcher ACTIONKIT = (settings, projectId, token) -> ActionKitClient.builder()
            .baseUrl(settings.baseUrl())
            .projectId(projectId)
            .token(token.token())
            .userAgent(settings.userAgent())
            .callTimeout(settings.fetchTimeout())
            .build()
            .listActions(settings.options());

    /**
     * Lists the actions of {@code projectId}.
     *
     * @throws dev.actionkit.runtime.ActionKitException if ActionKit answers with an error, cannot
     *     be reached, or answers with something that is not a catalog
     * @throws IllegalArgumentException if the base URL is malformed
     */
    ActionCatalog fetch(FetchSettings settings, String projectId, TokenSource token);

    /** Returns the default query: {@code ListActionsOptions.defaults()} plus the filters. */
    static ListActionsOptions options(java.util.List<String> integrations,
            java.util.List<String> categories, boolean reloadFields) {
        return ListActionsOptions.defaults()
                .withIntegrations(integrations)
                .withCategories(categories)
                .withReloadFields(reloadFields);
    }
}
