package dev.actionkit.maven.build;

import dev.actionkit.maven.fetch.FetchMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One run of the {@code generate} goal, resolved from the plugin parameters: immutable, and
 * free of Maven types.
 *
 * @param projectId the Paragon project id from the configuration (env is consulted later)
 * @param baseUrl the ActionKit base URL
 * @param serverId the settings.xml server id holding the token
 * @param userId the user to mint a token for
 * @param catalogFile the snapshot file
 * @param outputDirectory where generated sources go
 * @param statusDirectory where the plugin keeps what it remembers between builds, e.g.
 *     {@code target/maven-status/actionkit-maven-plugin}
 * @param packageName the Java package of the generated code
 * @param fetch the fetch mode
 * @param offline whether Maven runs offline
 * @param fetchTimeout the longest the whole fetch may take, retries included
 * @param integrations integration keys to fetch and generate; empty means all
 * @param categories categories to fetch; empty means all
 * @param includes action-name patterns to generate; empty means all
 * @param excludes action-name patterns not to generate; they win over includes
 * @param optionalParameters {@code ACTION.parameter} entries to treat as optional
 * @param reloadFields whether to ask ActionKit to reload custom fields
 * @param failOnBreakingChanges whether a breaking catalog change fails the build
 * @param pluginVersion the plugin's version, part of the up-to-date fingerprint
 */
public record GenerateRequest(
        Optional<String> projectId,
        String baseUrl,
        String serverId,
        Optional<String> userId,
        Path catalogFile,
        Path outputDirectory,
        Path statusDirectory,
        String packageName,
        FetchMode fetch,
        boolean offline,
        Duration fetchTimeout,
        List<String> integrations,
        List<String> categories,
        List<String> includes,
        List<String> excludes,
        Set<String> optionalParameters,
        boolean reloadFields,
        boolean failOnBreakingChanges,
        String pluginVersion) {

    public GenerateRequest {
        Objects.requireNonNull(projectId, "projectId == null");
        Objects.requireNonNull(baseUrl, "baseUrl == null");
        Objects.requireNonNull(serverId, "serverId == null");
        Objects.requireNonNull(userId, "userId == null");
        Objects.requireNonNull(catalogFile, "catalogFile == null");
        Objects.requireNonNull(outputDirectory, "outputDirectory == null");
        Objects.requireNonNull(statusDirectory, "statusDirectory == null");
        Objects.requireNonNull(packageName, "packageName == null");
        Objects.requireNonNull(fetch, "fetch == null");
        Objects.requireNonNull(fetchTimeout, "fetchTimeout == null");
        Objects.requireNonNull(pluginVersion, "pluginVersion == null");
        integrations = List.copyOf(integrations);
        categories = List.copyOf(categories);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        optionalParameters = Set.copyOf(new TreeSet<>(optionalParameters));
    }
}
