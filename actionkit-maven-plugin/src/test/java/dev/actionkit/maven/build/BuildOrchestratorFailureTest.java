package dev.actionkit.maven.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.actionkit.maven.console.RecordingLog;
import dev.actionkit.maven.credentials.ServerPasswords;
import dev.actionkit.maven.fetch.CatalogFetcher;
import dev.actionkit.maven.fetch.FetchMode;
import dev.actionkit.maven.problem.BuildFailure;
import dev.actionkit.testkit.FakeActionKit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runs that stop before anything is generated: they must leave every file as it was; and
 * catalog text, in a warning or a failure, is never printed raw (it could forge a log line).
 */
class BuildOrchestratorFailureTest {

    private static final String TOKEN = "token-5a4b3c";

    /** A line break, a fake Maven line, an ANSI escape and a C1 control (CSI). */
    private static final String FORGED = "\\n[INFO] BUILD SUCCESS\\u001b[2J\\u009b31m";

    @TempDir
    Path root;

    private final FakeActionKit server = FakeActionKit.start("p-1", 0).acceptTokens(TOKEN);
    private final RecordingLog log = new RecordingLog();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    @DisplayName("a removed action fails with failOnBreakingChanges, naming it; the snapshot stays")
    void breakingChangeFails() throws Exception {
        // given
        BuildRequest request = Requests.request(root, server.baseUrl(), FetchMode.AUTO)
                .toBuilder().failOnBreakingChanges(true).build();
        byte[] snapshot = catalog("slack.json");
        Files.createDirectories(request.catalogFile().getParent());
        Files.write(request.catalogFile(), snapshot);
        server.catalog(catalog("slack-without-list-members.json"));

        // when
        BuildFailure e = assertThrows(BuildFailure.class, () -> orchestrator().run(request));

        // then
        assertThat(e).hasMessage("The catalog has 1 breaking change and failOnBreakingChanges is"
                + " set; nothing was generated and the snapshot is unchanged:\n"
                + "  - action SLACK_LIST_MEMBERS removed from 'slack'\n"
                + "Update the code that uses these actions, then build with"
                + " -Dactionkit.failOnBreakingChanges=false once to accept the new catalog.");
        assertThat(log.lines()).contains(
                "WARN ActionKit reported an error beside the catalog; the other actions are"
                        + " generated: {\"integration\":\"salesforce\",\"message\":\"Custom"
                        + " fields could not be loaded.\"}",
                "INFO Catalog changes: 1 change, 1 breaking",
                "INFO   - action SLACK_LIST_MEMBERS removed from 'slack' [BREAKING]");
        assertThat(Files.readAllBytes(request.catalogFile())).isEqualTo(snapshot);
        assertThat(request.outputDirectory()).doesNotExist();
        assertThat(log.text()).doesNotContain(TOKEN);
    }

    @Test
    @DisplayName("no snapshot and nothing to fetch fails and writes nothing")
    void noCatalog() {
        // given
        BuildRequest request = Requests.request(root, server.baseUrl(), FetchMode.NEVER);

        // when
        BuildFailure e = assertThrows(BuildFailure.class, () -> orchestrator().run(request));

        // then
        assertThat(e.getMessage()).startsWith("No catalog: the snapshot " + request.catalogFile()
                + " does not exist and the catalog cannot be fetched (fetch is 'never').");
        assertThat(root).isEmptyDirectory();
    }

    @Test
    @DisplayName("an I/O error while writing fails naming the file; the snapshot stays, nothing is"
            + " taken as up to date, and the next build completes the generation")
    void ioErrorWhileWriting() throws Exception {
        // given: a snapshot, a newer catalog, and a directory where a new source must go
        BuildRequest request = Requests.request(root, server.baseUrl(), FetchMode.AUTO);
        byte[] snapshot = catalog("slack-without-list-members.json");
        Files.createDirectories(request.catalogFile().getParent());
        Files.write(request.catalogFile(), snapshot);
        server.catalog(catalog("slack.json"));
        Path obstacle = request.outputDirectory()
                .resolve("com/example/actionkit/SlackListMembersParams.java");
        Files.createDirectories(obstacle.resolve("in-the-way"));

        // when
        BuildFailure e = assertThrows(BuildFailure.class, () -> orchestrator().run(request));

        // then
        assertThat(e.getMessage()).startsWith("Could not write the generated sources: could not"
                + " write the generated file " + obstacle.toAbsolutePath())
                .endsWith("The snapshot is unchanged, and nothing is taken as up to date: the next"
                        + " build generates again. Check the disk space and the permissions of "
                        + request.outputDirectory() + ".");
        assertThat(Files.readAllBytes(request.catalogFile())).isEqualTo(snapshot);
        assertThat(request.outputDirectory().resolve(".actionkit-codegen-manifest"))
                .doesNotExist();

        // when the obstacle is gone
        Files.delete(obstacle.resolve("in-the-way"));
        Files.delete(obstacle);
        BuildOutcome outcome = orchestrator().run(request);

        // then
        assertThat(outcome.upToDate()).isFalse();
        assertThat(outcome.snapshotWritten()).isTrue();
        assertThat(obstacle).isRegularFile();
        assertThat(orchestrator().run(request).upToDate()).isTrue();
    }

    @Test
    @DisplayName("warnings about required names and ActionKit's errors are logged escaped")
    void warningsEscaped() throws Exception {
        // given
        server.catalog(json("{\"actions\": {\"slack\": [{\"type\": \"function\", \"function\":"
                + " {\"name\": \"SLACK_SEND_MESSAGE\", \"description\": \"d\", \"parameters\":"
                + " {\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"string\"}},"
                + " \"required\": [\"a\", \"ghost" + FORGED + "\"]}}}]},"
                + " \"errors\": [{\"message\": \"oops" + FORGED + "\"}]}"));

        // when
        orchestrator().run(Requests.request(root, server.baseUrl(), FetchMode.ALWAYS));

        // then
        log.lines().forEach(BuildOrchestratorFailureTest::assertPrintable);
        assertThat(log.text()).contains("ghost\\n[INFO] BUILD SUCCESS\\u001b[2J\\u009b31m")
                .contains("oops\\n[INFO] BUILD SUCCESS\\u001B[2J\\u009b31m");
    }

    @Test
    @DisplayName("a problem that fails the build is one escaped line of the failure message")
    void problemsEscaped() {
        // given (one action name, two different definitions: a blocking problem)
        String name = "BAD" + FORGED;
        server.catalog(json("{\"actions\": {\"one\": [{\"type\": \"function\", \"function\":"
                + " {\"name\": \"" + name + "\", \"parameters\": {\"type\": \"object\"}}}],"
                + " \"two\": [{\"type\": \"function\", \"function\": {\"name\": \"" + name
                + "\", \"description\": \"other\", \"parameters\": {\"type\": \"object\"}}}]},"
                + " \"errors\": []}"));

        // when
        BuildFailure e = assertThrows(BuildFailure.class, () -> orchestrator()
                .run(Requests.request(root, server.baseUrl(), FetchMode.ALWAYS)));

        // then
        assertThat(e.getMessage().lines()).hasSize(3)
                .allSatisfy(BuildOrchestratorFailureTest::assertPrintable);
        assertThat(e.getMessage()).contains("BAD\\n[INFO] BUILD SUCCESS\\u001b[2J\\u009b31m");
        log.lines().forEach(BuildOrchestratorFailureTest::assertPrintable);
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertPrintable(String text) {
        assertThat(text.codePoints().filter(c -> Character.getType(c) == Character.CONTROL
                || c == '\u2028' || c == '\u2029')).as(text).isEmpty();
    }

    private BuildOrchestrator orchestrator() {
        return new BuildOrchestrator(log, ServerPasswords.NONE, Map.of("ACTIONKIT_TOKEN", TOKEN),
                CatalogFetcher.ACTIONKIT);
    }

    static byte[] catalog(String name) {
        try (InputStream in = BuildOrchestratorFailureTest.class
                .getResourceAsStream("/catalogs/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
