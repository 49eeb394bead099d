package dev.actionkit.maven.build;

import java.util.Objects;

/**
 * What one run did.
 *
 * @param upToDate true when nothing was generated because the sources were up to date
 * @param integrations integrations generated, or selected when up to date
 * @param actions actions generated, or selected when up to date
 * @param filesWritten files written
 * @param filesUnchanged files left as they were
 * @param filesDeleted files deleted because they no longer belong
 * @param snapshotWritten true when the snapshot file was written
 * @param origin where the catalog came from
 * @param summary the one summary line that was logged
 */
public record BuildOutcome(
        boolean upToDate,
        int integrations,
        int actions,
        int filesWritten,
        int filesUnchanged,
        int filesDeleted,
        boolean snapshotWritten,
        String origin,
        String summary) {

    public BuildOutcome {
        Objects.requireNonNull(origin, "origin == null");
        Objects.requireNonNull(summary, "summary == null");
    }
}
