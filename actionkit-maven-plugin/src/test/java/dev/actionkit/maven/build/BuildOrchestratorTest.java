package dev.actionkit.maven.build;

import static dev.actionkit.maven.build.BuildOrchestratorFailureTest.catalog;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.actionkit.maven.console.RecordingLog;
import dev.actionkit.maven.credentials.ServerPasswords;
import dev.actionkit.maven.fetch.CatalogFetcher;
import dev.actionkit.maven.fetch.FetchMode;
import dev.actionkit.maven.problem.BuildFailure;
import dev.actionkit.maven.snapshot.SnapshotDigest;
import dev.actionkit.runtime.catalog.CatalogJson;
import dev.actionkit.testkit.FakeActionKit;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole runs against a loopback ActionKit and the real code generator. */
class BuildOrchestratorTest {

    private static final String TOKEN = "token-1f2e3d";
    private static final FileTime OLD = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    @TempDir
    Path root;

    private final FakeActionKit server = FakeActionKit.start("p-1", 0)
            .catalog(catalog("slack.json")).acceptTokens(TOKEN);
    private final RecordingLog log = new RecordingLog();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    @DisplayName("a first fetch generates, writes the normalized snapshot and logs one summary")
    void firstFetch() throws Exception {
        // given
        BuildRequest request = Requests.request(root, server.baseUrl(), FetchMode.AUTO);

        // when
        BuildOutcome outcome = orchestrator().run(request);

        // then
        assertThat(outcome.upToDate()).isFalse();
        assertThat(outcome.actions()).isEqualTo(2);
        assertThat(outcome.integrations()).isEqualTo(1);
        assertThat(outcome.filesWritten()).isPositive();
        assertThat(outcome.snapshotWritten()).isTrue();
        assertThat(Files.readAllBytes(request.catalogFile()))
                .isEqualTo(CatalogJson.toSnapshot(CatalogJson.parse(catalog("slack.json"))));
        assertThat(request.outputDirectory().resolve("com/example/actionkit/Actions.java"))
                .isRegularFile();
        assertThat(outcome.summary()).startsWith("ActionKit: 2 actions in 1 integration; files "
                + outcome.filesWritten() + " written, 0 unchanged, 0 deleted (")
                .endsWith(" ms); catalog fetched from " + server.baseUrl()
                        + " (project 'p-1', token from env ACTIONKIT_TOKEN)");
        assertThat(log.lines()).last().isEqualTo("INFO Wrote the catalog snapshot "
                + request.catalogFile() + ": commit it");
        assertThat(log.text()).doesNotContain(TOKEN);
    }

    @Test
    @DisplayName("a second run with the same catalog and configuration touches no file")
    void upToDate() throws Exception {
        // given
        BuildRequest request = Requests.request(root, server.baseUrl(), FetchMode.AUTO);
        orchestrator().run(request);
        List<Path> files = backdate(root);

        // when
        BuildOutcome outcome = orchestrator().run(request);

        // then
        assertThat(outcome.upToDate()).isTrue();
        assertThat(outcome.snapshotWritten()).isFalse();
        assertThat(outcome.summary()).startsWith("ActionKit: 2 actions in 1 integration, up to"
                + " date; files 0 written, " + (files.size() - 2) + " unchanged, 0 deleted (");
        assertThat(log.lines()).contains("INFO The catalog has not changed since the snapshot");
        assertThat(ProjectFiles.list(root)).isEqualTo(files);
        for (Path file : files) {
            assertThat(Files.getLastModifiedTime(file)).as(file.toString()).isEqualTo(OLD);
        }
    }

    @Test
    @DisplayName("an up-to-date build from the snapshot reports what was generated without"
            + " reading the catalog: the counts come from the generator's manifest")
    void upToDateFromSnapshotReadsNoCatalog() throws Exception {
        // given: a generation of one selected action, then a manifest whose counts differ
        BuildRequest request = Requests.request(root, server.baseUrl(), FetchMode.NEVER)
                .toBuilder().excludes(List.of("SLACK_LIST_*")).build();
        Files.createDirectories(request.catalogFile().getParent());
        Files.write(request.catalogFile(), catalog("slack.json"));
        BuildOutcome first = orchestrator().run(request);
        Path manifest = request.outputDirectory().resolve(".actionkit-codegen-manifest");
        Files.writeString(manifest, Files.readString(manifest).replace("\ncounts 1 1\n",
                "\ncounts 7 99\n"));
        List<Path> files = backdate(root);

        // when
        BuildOutcome outcome = orchestrator().run(request);

        // then
        assertThat(first.actions()).isEqualTo(1);
        assertThat(outcome.upToDate()).isTrue();
        assertThat(outcome.summary()).startsWith("ActionKit: 99 actions in 7 integrations, up to"
                + " date; files 0 written, " + first.filesWritten() + " unchanged, 0 deleted (")
                .endsWith(" ms); catalog snapshot " + request.catalogFile()
                        + " (fetch is 'never')");
        assertThat(log.lines()).last().isEqualTo("INFO Using the catalog snapshot "
                + request.catalogFile() + " (fetch is 'never')");
        for (Path file : files) {
            assertThat(Files.getLastModifiedTime(file)).as(file.toString()).isEqualTo(OLD);
        }
        assertThat(server.requests()).isEmpty();
    }

    @Test
    @DisplayName("the snapshot's digest is remembered once it is settled: later up-to-date builds"
            + " write nothing at all")
    void snapshotDigestRemembered() throws Exception {
        // given: a generation, then a snapshot last modified long ago
        BuildRequest request = Requests.request(root, server.baseUrl(), FetchMode.NEVER);
        Files.createDirectories(request.catalogFile().getParent());
        Files.write(request.catalogFile(), catalog("slack.json"));
        orchestrator().run(request);
        Files.setLastModifiedTime(request.catalogFile(), OLD);
        Path digest = request.statusDirectory().resolve(SnapshotDigest.FILE_NAME);

        // when: the first up-to-date build remembers the digest, the next writes nothing
        assertThat(orchestrator().run(request).upToDate()).isTrue();
        assertThat(digest).isRegularFile();
        List<Path> files = backdate(root);
        BuildOutcome outcome = orchestrator().run(request);

        // then
        assertThat(outcome.upToDate()).isTrue();
        assertThat(ProjectFiles.list(root)).isEqualTo(files);
        for (Path file : files) {
            assertThat(Files.getLastModifiedTime(file)).as(file.toString()).isEqualTo(OLD);
        }
    }

    @Test
    @DisplayName("a remembered digest is not used once the snapshot's size, time or file changed:"
            + " an edit of the same size regenerates, and so does a replacement dated back")
    void changedSnapshotRegenerates() throws Exception {
        // given: a settled snapshot whose digest is remembered
        BuildRequest request = Requests.request(root, server.baseUrl(), FetchMode.NEVER);
        Files.createDirectories(request.catalogFile().getParent());
        String text = new String(catalog("slack.json"), StandardCharsets.UTF_8);
        Files.writeString(request.catalogFile(), text);
        Files.setLastModifiedTime(request.catalogFile(), OLD);
        orchestrator().run(request);
        assertThat(request.statusDirectory().resolve(SnapshotDigest.FILE_NAME)).isRegularFile();
        String edited = text.replace("Send a message", "Post a message");
        assertThat(edited).isNotEqualTo(text).hasSameSizeAs(text);

        // when: edited in place, keeping its size
        try (FileChannel channel = FileChannel.open(request.catalogFile(),
                StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(edited.getBytes(StandardCharsets.UTF_8)));
        }
        BuildOutcome afterEdit = orchestrator().run(request);
        // and: replaced by the original again, dated back to the remembered time
        Path replacement = Files.writeString(root.resolve("replacement.json"), text);
        Files.setLastModifiedTime(replacement, OLD);
        Files.move(replacement, request.catalogFile(), StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(request.catalogFile(), OLD);
        BuildOutcome afterReplacement = orchestrator().run(request);

        // then
        assertThat(afterEdit.upToDate()).isFalse();
        assertThat(afterEdit.filesWritten()).isPositive();
        assertThat(afterReplacement.upToDate()).isFalse();
        assertThat(afterReplacement.filesWritten()).isPositive();
        assertThat(request.outputDirectory().resolve("com/example/actionkit/SlackActions.java"))
                .content().contains("Send a message").doesNotContain("Post a message");
    }

    @Test
    @DisplayName("a changed configuration regenerates although the catalog is the same")
    void configurationChangeRegenerates() throws Exception {
        // given
        BuildRequest request = Requests.request(root, server.baseUrl(), FetchMode.NEVER);
        Files.createDirectories(request.catalogFile().getParent());
        Files.write(request.catalogFile(), catalog("slack.json"));
        orchestrator().run(request);

        // when
        BuildOutcome outcome = orchestrator().run(
                request.toBuilder().excludes(List.of("SLACK_LIST_*")).build());

        // then
        assertThat(outcome.upToDate()).isFalse();
        assertThat(outcome.actions()).isEqualTo(1);
        assertThat(outcome.filesDeleted()).isPositive();
        assertThat(server.requests()).isEmpty();
        assertThat(Files.readAllBytes(request.catalogFile())).isEqualTo(catalog("slack.json"));
    }

    @Test
    @DisplayName("an action the core rejects fails naming it; sources and snapshot stay")
    void rejectedAction() throws Exception {
        // given
        BuildRequest request = Requests.request(root, server.baseUrl(), FetchMode.AUTO);
        orchestrator().run(request);
        List<Path> files = backdate(root);
        server.catalog(catalog("duplicate-action.json"));

        // when
        BuildFailure e = assertThrows(BuildFailure.class, () -> orchestrator().run(request));

        // then
        assertThat(e).hasMessage("The catalog has 1 problem that blocks generation; nothing was"
                + " written and the snapshot is unchanged:\n"
                + "  [duplicate-action-name] slack/SLACK_SEND_MESSAGE#: the action name"
                + " SLACK_SEND_MESSAGE is listed 2 times with different definitions:"
                + " slack/SLACK_SEND_MESSAGE, slackbeta/SLACK_SEND_MESSAGE\n"
                + "Exclude the action with <excludes>, or report the schema.");
        assertThat(ProjectFiles.list(root)).isEqualTo(files);
        for (Path file : files) {
            assertThat(Files.getLastModifiedTime(file)).as(file.toString()).isEqualTo(OLD);
        }
    }

    @Test
    @DisplayName("a package name that is not a Java package fails as a configuration problem")
    void badPackageName() throws Exception {
        // given
        BuildRequest request = Requests.request(root, server.baseUrl(), FetchMode.AUTO)
                .toBuilder().packageName("com.1bad").build();

        // when
        BuildFailure e = assertThrows(BuildFailure.class, () -> orchestrator().run(request));

        // then
        assertThat(e).hasMessage("The plugin configuration is invalid: packageName is not a Java"
                + " package name: \"com.1bad\".");
        assertThat(request.catalogFile()).doesNotExist();
    }

    private BuildOrchestrator orchestrator() {
        return new BuildOrchestrator(log, ServerPasswords.NONE, Map.of("ACTIONKIT_TOKEN", TOKEN),
                CatalogFetcher.ACTIONKIT);
    }

    /** Backdates every file under {@code root} to {@link #OLD} and returns them. */
    private static List<Path> backdate(Path root) {
        ProjectFiles.backdate(root, OLD);
        return ProjectFiles.list(root);
    }
}
