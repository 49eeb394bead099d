package dev.actionkit.maven.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.actionkit.maven.console.RecordingLog;
import dev.actionkit.maven.credentials.ServerPasswords;
import dev.actionkit.maven.fetch.CatalogFetcher;
import dev.actionkit.maven.fetch.FetchMode;
import dev.actionkit.maven.problem.BuildFailure;
import dev.actionkit.testkit.FakeActionKit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Catalog text cannot forge a build-log line or send a terminal escape sequence")
class LogForgeryTest {

    private static final String TOKEN = "token-4a5b6c";
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

    private BuildOrchestrator orchestrator() {
        return new BuildOrchestrator(log, ServerPasswords.NONE, Map.of("ACTIONKIT_TOKEN", TOKEN),
                CatalogFetcher.ACTIONKIT);
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertPrintable(String text) {
        assertThat(text.codePoints().filter(c -> Character.getType(c) == Character.CONTROL
                || c == '\u2028' || c == '\u2029')).as(text).isEmpty();
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
        log.lines().forEach(LogForgeryTest::assertPrintable);
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
        assertThat(e.getMessage().lines()).hasSize(3).allSatisfy(LogForgeryTest::assertPrintable);
        assertThat(e.getMessage()).contains("BAD\\n[INFO] BUILD SUCCESS\\u001b[2J\\u009b31m");
        log.lines().forEach(LogForgeryTest::assertPrintable);
    }
}
