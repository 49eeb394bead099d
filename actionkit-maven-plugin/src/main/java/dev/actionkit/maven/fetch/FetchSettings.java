package dev.actionkit.maven.fetch;

import dev.actionkit.runtime.ListActionsOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything that decides where the catalog comes from.
 *
 * @param mode the fetch mode
 * @param offline whether Maven runs offline ({@code -o})
 * @param projectId the Paragon project id, if configured (parameter or env)
 * @param baseUrl the ActionKit base URL
 * @param serverId the settings.xml server id holding the token
 * @param userId the user to mint a token for, if configured
 * @param options the query of {@code GET /actions}
 * @param fetchTimeout the longest the whole fetch may take, retries included
 * @param snapshotFile the snapshot file, for messages
 * @param userAgent the User-Agent to send
 */
public record FetchSettings(
        FetchMode mode,
        boolean offline,
        Optional<String> projectId,
        String baseUrl,
        String serverId,
        Optional<String> userId,
        ListActionsOptions options,
        Duration fetchTimeout,
        Path snapshotFile,
        String userAgent) {

    public FetchSettings {
        Objects.requireNonNull(mode, "mode == null");
        Objects.requireNonNull(projectId, "projectId == null");
        Objects.requireNonNull(baseUrl, "baseUrl == null");
        Objects.requireNonNull(serverId, "serverId == null");
        Objects.requireNonNull(userId, "userId == null");
        Objects.requireNonNull(options, "options == null");
        Objects.requireNonNull(fetchTimeout, "fetchTimeout == null");
        Objects.requireNonNull(snapshotFile, "snapshotFile == null");
        Objects.requireNonNull(userAgent, "userAgent == null");
    }
}
