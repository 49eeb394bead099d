package dev.actionkit.maven.fetch;

import dev.actionkit.runtime.catalog.ActionCatalog;
import java.util.Objects;

/**
 * The catalog to generate from and where it came from.
 *
 * @param catalog the catalog
 * @param fetched true when it was fetched in this build, false when read from the snapshot
 * @param origin for the summary line, e.g. {@code fetched from https://... with the token from
 *     env ACTIONKIT_TOKEN} or {@code snapshot src/main/actionkit/actions.json (offline)}
 */
public record LoadedCatalog(ActionCatalog catalog, boolean fetched, String origin) {

    public LoadedCatalog {
        Objects.requireNonNull(catalog, "catalog == null");
        Objects.requireNonNull(origin, "origin == null");
    }
}
