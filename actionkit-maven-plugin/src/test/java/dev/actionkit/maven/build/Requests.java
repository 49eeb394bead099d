package dev.actionkit.maven.build;

import dev.actionkit.maven.fetch.FetchMode;
import java.nio.file.Path;
import java.util.Optional;

/** Builds {@link BuildRequest}s for tests: the defaults below, varied with {@code toBuilder()}. */
final class Requests {

    private Requests() {}

    static BuildRequest request(Path root, String baseUrl, FetchMode fetch) {
        return BuildRequest.builder()
                .projectId(Optional.of("p-1"))
                .baseUrl(baseUrl)
                .serverId("actionkit")
                .catalogFile(root.resolve("src/main/actionkit/actions.json"))
                .outputDirectory(root.resolve("target/generated-sources/actionkit"))
                .statusDirectory(root.resolve("target/maven-status/actionkit-maven-plugin"))
                .packageName("com.example.actionkit")
                .fetch(fetch)
                .pluginVersion("1.0.0")
                .build();
    }
}
