package dev.actionkit.maven.build;

import dev.actionkit.maven.fetch.FetchMode;
import dev.actionkit.maven.fetch.FetchTimeout;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Builds {@link GenerateRequest}s for tests: defaults plus the one thing a test varies. */
final class Requests {

    private Requests() {}

    static GenerateRequest request(Path root, String baseUrl, FetchMode fetch) {
        return new GenerateRequest(Optional.of("p-1"), baseUrl, "actionkit", Optional.empty(),
                root.resolve("src/main/actionkit/actions.json"),
                root.resolve("target/generated-sources/actionkit"),
                root.resolve("target/maven-status/actionkit-maven-plugin"), "com.example.actionkit",
                fetch, false, FetchTimeout.DEFAULT, List.of(), List.of(), List.of(), List.of(),
                Set.of(), false, false, "1.0.0");
    }

    static GenerateRequest withFailOnBreakingChanges(GenerateRequest r) {
        return new GenerateRequest(r.projectId(), r.baseUrl(), r.serverId(), r.userId(),
                r.catalogFile(), r.outputDirectory(), r.statusDirectory(), r.packageName(),
                r.fetch(), r.offline(),
                r.fetchTimeout(), r.integrations(), r.categories(), r.includes(), r.excludes(),
                r.optionalParameters(), r.reloadFields(), true, r.pluginVersion());
    }

    static GenerateRequest withFilters(GenerateRequest r, List<String> integrations,
            List<String> includes, List<String> excludes, Set<String> optional) {
        return new GenerateRequest(r.projectId(), r.baseUrl(), r.serverId(), r.userId(),
                r.catalogFile(), r.outputDirectory(), r.statusDirectory(), r.packageName(),
                r.fetch(), r.offline(),
                r.fetchTimeout(), integrations, r.categories(), includes, excludes, optional,
                r.reloadFields(), r.failOnBreakingChanges(), r.pluginVersion());
    }

    static GenerateRequest withPackageAndVersion(GenerateRequest r, String packageName,
            String version) {
        return new GenerateRequest(r.projectId(), r.baseUrl(), r.serverId(), r.userId(),
                r.catalogFile(), r.outputDirectory(), r.statusDirectory(), packageName,
                r.fetch(), r.offline(),
                r.fetchTimeout(), r.integrations(), r.categories(), r.includes(), r.excludes(),
                r.optionalParameters(), r.reloadFields(), r.failOnBreakingChanges(), version);
    }

    static GenerateRequest withProject(GenerateRequest r, String projectId, String baseUrl) {
        return new GenerateRequest(Optional.of(projectId), baseUrl, r.serverId(), r.userId(),
                r.catalogFile(), r.outputDirectory(), r.statusDirectory(), r.packageName(),
                r.fetch(), r.offline(),
                r.fetchTimeout(), r.integrations(), r.categories(), r.includes(), r.excludes(),
                r.optionalParameters(), r.reloadFields(), r.failOnBreakingChanges(),
                r.pluginVersion());
    }

    static GenerateRequest withFetch(GenerateRequest r, FetchMode fetch, Duration fetchTimeout,
            Optional<String> userId) {
        return new GenerateRequest(r.projectId(), r.baseUrl(), r.serverId(), userId,
                r.catalogFile(), r.outputDirectory(), r.statusDirectory(), r.packageName(), fetch,
                r.offline(),
                fetchTimeout, r.integrations(), r.categories(), r.includes(), r.excludes(),
                r.optionalParameters(), r.reloadFields(), r.failOnBreakingChanges(),
                r.pluginVersion());
    }
}
