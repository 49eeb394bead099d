package dev.actionkit.maven.fetch;

import dev.actionkit.maven.problem.BuildFailure;
import dev.actionkit.maven.snapshot.Sha256;
import dev.actionkit.maven.snapshot.SnapshotStore;
import dev.actionkit.runtime.CatalogFormatException;
import dev.actionkit.runtime.catalog.ActionCatalog;
import dev.actionkit.runtime.catalog.CatalogJson;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The catalog a build uses and where it came from, as {@link CatalogLoader#load} returns it:
 * fetched in this build, or the snapshot, known by its digest and read only when asked, so that
 * an up-to-date build neither reads nor parses it.
 */
public sealed interface LoadedCatalog {

    /** Returns the SHA-256 (hex) of the catalog's snapshot bytes. */
    String digest();

    /**
     * Returns where the catalog came from, for the summary line, e.g. {@code fetched from
     * https://... (project 'p-1', token from env ACTIONKIT_TOKEN)} or
     * {@code snapshot src/main/actionkit/actions.json (Maven is offline)}.
     */
    String origin();

    /**
     * A catalog fetched from ActionKit in this build.
     *
     * @param catalog the catalog
     * @param snapshot the catalog as the snapshot file stores it: normalized, sorted, pretty
     * @param digest the SHA-256 (hex) of {@code snapshot}
     * @param origin where it came from
     */
    record Fetched(ActionCatalog catalog, byte[] snapshot, String digest, String origin)
            implements LoadedCatalog {

        public Fetched {
            Objects.requireNonNull(catalog, "catalog == null");
            Objects.requireNonNull(snapshot, "snapshot == null");
            Objects.requireNonNull(digest, "digest == null");
            Objects.requireNonNull(origin, "origin == null");
        }

        /** Returns the fetched {@code catalog} with its snapshot bytes and their digest. */
        static Fetched of(ActionCatalog catalog, String origin) {
            byte[] snapshot = CatalogJson.toSnapshot(catalog);
            return new Fetched(catalog, snapshot, Sha256.hex(snapshot), origin);
        }
    }

    /**
     * The committed snapshot, not read yet.
     *
     * @param file the snapshot file
     * @param digest the SHA-256 (hex) of the file's bytes
     * @param origin where it came from, with why the catalog was not fetched
     */
    record FromSnapshot(Path file, String digest, String origin) implements LoadedCatalog {

        public FromSnapshot {
            Objects.requireNonNull(file, "file == null");
            Objects.requireNonNull(digest, "digest == null");
            Objects.requireNonNull(origin, "origin == null");
        }

        /**
         * Reads and parses the snapshot.
         *
         * @throws BuildFailure when it is gone or not a catalog, with what to do about it
         */
        public ActionCatalog read() throws BuildFailure {
            byte[] bytes = new SnapshotStore(file).read().orElseThrow(() -> new BuildFailure(
                    "The snapshot " + file + " was deleted during the build. Restore it from"
                    + " version control, or fetch it again with -Dactionkit.fetch=always."));
            try {
                return CatalogJson.parse(bytes);
            } catch (CatalogFormatException e) {
                throw new BuildFailure("The snapshot " + file + " is not a valid catalog: "
                        + e.getMessage() + ". Restore it from version control, or fetch it again"
                        + " with -Dactionkit.fetch=always.", e);
            }
        }
    }
}
