package dev.actionkit.maven.build;

import dev.actionkit.codegen.ActionSelection;
import dev.actionkit.maven.fetch.FetchMode;
import dev.actionkit.maven.fetch.FetchTimeout;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One build of the {@code generate} goal (fetch, report, generate, keep the snapshot), resolved
 * from the plugin parameters: immutable, and free of Maven types. Built with {@link #builder()};
 * the orchestrator derives the core's {@link dev.actionkit.codegen.GenerationRequest} (one
 * generation from one catalog) from it.
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
public record BuildRequest(
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

    public BuildRequest {
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

    /**
     * Returns a builder. Required: base URL, server id, the catalog file, the output and status
     * directories, the package name and the plugin version; the rest defaults to empty, false,
     * {@code auto} and {@link FetchTimeout#DEFAULT}.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this request's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Returns which actions to generate: the integrations, includes and excludes. */
    public ActionSelection selection() {
        return new ActionSelection(new LinkedHashSet<>(integrations), includes, excludes);
    }

    /** Builds a {@link BuildRequest}; {@link #build()} checks as the record does. */
    public static final class Builder {
        private Optional<String> projectId = Optional.empty();
        private String baseUrl;
        private String serverId;
        private Optional<String> userId = Optional.empty();
        private Path catalogFile;
        private Path outputDirectory;
        private Path statusDirectory;
        private String packageName;
        private FetchMode fetch = FetchMode.AUTO;
        private boolean offline;
        private Duration fetchTimeout = FetchTimeout.DEFAULT;
        private List<String> integrations = List.of();
        private List<String> categories = List.of();
        private List<String> includes = List.of();
        private List<String> excludes = List.of();
        private Set<String> optionalParameters = Set.of();
        private boolean reloadFields;
        private boolean failOnBreakingChanges;
        private String pluginVersion;

        private Builder() {}

        private Builder(BuildRequest r) {
            projectId = r.projectId;
            baseUrl = r.baseUrl;
            serverId = r.serverId;
            userId = r.userId;
            catalogFile = r.catalogFile;
            outputDirectory = r.outputDirectory;
            statusDirectory = r.statusDirectory;
            packageName = r.packageName;
            fetch = r.fetch;
            offline = r.offline;
            fetchTimeout = r.fetchTimeout;
            integrations = r.integrations;
            categories = r.categories;
            includes = r.includes;
            excludes = r.excludes;
            optionalParameters = r.optionalParameters;
            reloadFields = r.reloadFields;
            failOnBreakingChanges = r.failOnBreakingChanges;
            pluginVersion = r.pluginVersion;
        }

        /** Sets the configured project id; empty lets env {@code ACTIONKIT_PROJECT_ID} decide. */
        public Builder projectId(Optional<String> projectId) {
            this.projectId = projectId;
            return this;
        }

        /** Sets the ActionKit base URL. */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /** Sets the settings.xml server id holding the token. */
        public Builder serverId(String serverId) {
            this.serverId = serverId;
            return this;
        }

        /** Sets the user to mint a token for. */
        public Builder userId(Optional<String> userId) {
            this.userId = userId;
            return this;
        }

        /** Sets the snapshot file. */
        public Builder catalogFile(Path catalogFile) {
            this.catalogFile = catalogFile;
            return this;
        }

        /** Sets where generated sources go. */
        public Builder outputDirectory(Path outputDirectory) {
            this.outputDirectory = outputDirectory;
            return this;
        }

        /** Sets where the plugin keeps what it remembers between builds. */
        public Builder statusDirectory(Path statusDirectory) {
            this.statusDirectory = statusDirectory;
            return this;
        }

        /** Sets the Java package of the generated code. */
        public Builder packageName(String packageName) {
            this.packageName = packageName;
            return this;
        }

        /** Sets the fetch mode. */
        public Builder fetch(FetchMode fetch) {
            this.fetch = fetch;
            return this;
        }

        /** Sets whether Maven runs offline. */
        public Builder offline(boolean offline) {
            this.offline = offline;
            return this;
        }

        /** Sets the longest the whole fetch may take, retries included. */
        public Builder fetchTimeout(Duration fetchTimeout) {
            this.fetchTimeout = fetchTimeout;
            return this;
        }

        /** Sets the integration keys to fetch and generate; empty means all. */
        public Builder integrations(List<String> integrations) {
            this.integrations = integrations;
            return this;
        }

        /** Sets the categories to fetch; empty means all. */
        public Builder categories(List<String> categories) {
            this.categories = categories;
            return this;
        }

        /** Sets the action-name patterns to generate; empty means all. */
        public Builder includes(List<String> includes) {
            this.includes = includes;
            return this;
        }

        /** Sets the action-name patterns not to generate. */
        public Builder excludes(List<String> excludes) {
            this.excludes = excludes;
            return this;
        }

        /** Sets the {@code ACTION.parameter} entries to treat as optional. */
        public Builder optionalParameters(Set<String> optionalParameters) {
            this.optionalParameters = optionalParameters;
            return this;
        }

        /** Sets whether to ask ActionKit to reload custom fields. */
        public Builder reloadFields(boolean reloadFields) {
            this.reloadFields = reloadFields;
            return this;
        }

        /** Sets whether a breaking catalog change fails the build. */
        public Builder failOnBreakingChanges(boolean failOnBreakingChanges) {
            this.failOnBreakingChanges = failOnBreakingChanges;
            return this;
        }

        /** Sets the plugin's version. */
        public Builder pluginVersion(String pluginVersion) {
            this.pluginVersion = pluginVersion;
            return this;
        }

        /** Returns the request; throws as the record's constructor does. */
        public BuildRequest build() {
            return new BuildRequest(projectId, baseUrl, serverId, userId, catalogFile,
                    outputDirectory, statusDirectory, packageName, fetch, offline, fetchTimeout,
                    integrations, categories, includes, excludes, optionalParameters,
                    reloadFields, failOnBreakingChanges, pluginVersion);
        }
    }
}
