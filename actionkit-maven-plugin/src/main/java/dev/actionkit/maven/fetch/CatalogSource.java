package dev.actionkit.maven.fetch;

import dev.actionkit.maven.credentials.TokenSource;
import java.util.Objects;

/**
 * Where a build takes its catalog from, decided by {@link CatalogLoader} before anything is read
 * or fetched.
 */
sealed interface CatalogSource {

    /**
     * The committed snapshot, without touching the network.
     *
     * @param reason why the catalog is not fetched, e.g. {@code fetch is 'never'}
     */
    record Snapshot(String reason) implements CatalogSource {
        public Snapshot {
            Objects.requireNonNull(reason, "reason == null");
        }
    }

    /**
     * A fetch from ActionKit (which may still fall back to the snapshot in {@code auto}).
     *
     * @param projectId the Paragon project id
     * @param token where the token comes from; its {@code toString()} never shows the value
     */
    record ActionKit(String projectId, TokenSource token) implements CatalogSource {
        public ActionKit {
            Objects.requireNonNull(projectId, "projectId == null");
            Objects.requireNonNull(token, "token == null");
        }
    }
}
