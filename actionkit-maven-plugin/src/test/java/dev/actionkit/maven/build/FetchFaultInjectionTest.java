package dev.actionkit.maven.build;

import static dev.actionkit.maven.build.BuildOrchestratorFailureTest.catalog;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.actionkit.maven.console.RecordingLog;
import dev.actionkit.maven.credentials.ServerPasswords;
import dev.actionkit.maven.fetch.CatalogFetcher;
import dev.actionkit.maven.fetch.FetchMode;
import dev.actionkit.maven.problem.BuildFailure;
import dev.actionkit.runtime.catalog.CatalogJson;
import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fault injection for the build-time fetch: the real orchestrator and the real fetcher
 * ({@link CatalogFetcher#ACTIONKIT}, with the runtime's retries and limits) against a loopback
 * ActionKit that misbehaves ({@link FetchFault#all()}). Each run follows an earlier successful
 * generation whose files are backdated, so that a rewrite shows even with the same bytes.
 *
 * <p>{@code fetch=always} runs use a token in env {@code ACTIONKIT_TOKEN}, {@code fetch=auto}
 * runs a token minted from env {@code ACTIONKIT_SIGNING_KEY}: so both secrets go through every
 * fault, and each run checks that its secrets show nowhere.
 */
@DisplayName("A misbehaving ActionKit never hangs the build, loses a file or shows a secret")
@Timeout(value = 30, unit = TimeUnit.SECONDS) // a fetch that hangs fails instead of stalling CI
class FetchFaultInjectionTest {

    private static final FileTime OLD = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    /** Slack for time spent outside the fetch: the snapshot read, a loaded machine. */
    private static final Duration SLACK = Duration.ofSeconds(3);

    @TempDir
    Path root;

    private final FakeActionKit server = FakeActionKit.start("p-1", 0);
    private final RecordingLog log = new RecordingLog();

    @AfterEach
    void stop() {
        server.close();
    }

    static List<FetchFault> faults() {
        return FetchFault.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    @DisplayName("fetch=always fails in bounded time, saying what, where and what to do;"
            + " no file is touched")
    void alwaysFails(FetchFault fault) throws Exception {
        // given
        BuildRequest request = generatedBefore(FetchMode.ALWAYS, fault.fetchTimeout());
        ProjectFiles before = ProjectFiles.of(root);
        int listingsBefore = server.listings().size();
        fault.script().accept(server);

        // when
        long start = System.nanoTime();
        BuildFailure e = assertThrows(BuildFailure.class,
                () -> orchestrator(Credential.ENV_TOKEN).run(request));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // then
        assertThat(e.getMessage())
                .startsWith(fault.start(server.baseUrl(), Credential.ENV_TOKEN))
                .endsWith(fault.end(server.baseUrl(), Credential.ENV_TOKEN));
        assertThat(took).isLessThan(fault.fetchTimeout().plus(SLACK));
        assertThat(server.listings().size() - listingsBefore).isEqualTo(fault.listings());
        assertThat(ProjectFiles.of(root)).isEqualTo(before);
        Leaks.assertNone(Credential.ENV_TOKEN.secrets(server), root, log.text(),
                Leaks.stackTrace(e));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    @DisplayName("fetch=auto warns with the same problem and builds from the snapshot;"
            + " no file is touched")
    void autoFallsBack(FetchFault fault) throws Exception {
        // given
        BuildRequest request = generatedBefore(FetchMode.AUTO, fault.fetchTimeout());
        ProjectFiles before = ProjectFiles.of(root);
        fault.script().accept(server);

        // when
        long start = System.nanoTime();
        BuildOutcome outcome = orchestrator(Credential.SIGNING_KEY).run(request);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // then
        assertThat(log.lines()).anySatisfy(line -> assertThat(line)
                .startsWith("WARN " + fault.start(server.baseUrl(), Credential.SIGNING_KEY))
                .endsWith(fault.end(server.baseUrl(), Credential.SIGNING_KEY)
                        + " Using the snapshot instead."));
        assertThat(outcome.origin())
                .isEqualTo("snapshot " + request.catalogFile() + " (the fetch failed)");
        assertThat(outcome.upToDate()).isTrue();
        assertThat(took).isLessThan(fault.fetchTimeout().plus(SLACK));
        assertThat(ProjectFiles.of(root)).isEqualTo(before);
        Leaks.assertNone(Credential.SIGNING_KEY.secrets(server), root, log.text(),
                outcome.toString());
    }

    @ParameterizedTest(name = "fetch={0}")
    @EnumSource(value = FetchMode.class, names = {"ALWAYS", "AUTO"})
    @DisplayName("a 429 is retried after its Retry-After, then the new catalog is generated")
    void rateLimitedThenSucceeds(FetchMode mode) throws Exception {
        // given
        BuildRequest request = generatedBefore(mode, FetchFault.PATIENT);
        server.enqueueList(Reply.json(429, "{\"message\": \"Rate limit exceeded\"}")
                .withHeader("Retry-After", "1"));
        server.catalog(catalog("slack-and-gmail.json"));

        // when
        long start = System.nanoTime();
        BuildOutcome outcome = orchestrator(credential(mode)).run(request);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // then (the client's own first backoff is 500 ms: a second means Retry-After was read)
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertGenerated(request, outcome, "slack-and-gmail.json", 3);
        assertThat(server.listings()).hasSize(3);
        Leaks.assertNone(credential(mode).secrets(server), root, log.text(), outcome.toString());
    }

    @ParameterizedTest(name = "fetch={0}")
    @EnumSource(value = FetchMode.class, names = {"ALWAYS", "AUTO"})
    @DisplayName("a connection closed mid-body once is retried, then the new catalog is generated")
    void resetOnceThenSucceeds(FetchMode mode) throws Exception {
        // given
        BuildRequest request = generatedBefore(mode, FetchFault.PATIENT);
        server.enqueueList(FetchFault.newCatalog().withFault(Reply.Fault.CLOSE_MID_BODY));
        server.catalog(catalog("slack-and-gmail.json"));

        // when
        BuildOutcome outcome = orchestrator(credential(mode)).run(request);

        // then
        assertGenerated(request, outcome, "slack-and-gmail.json", 3);
        assertThat(server.listings()).hasSize(3);
        Leaks.assertNone(credential(mode).secrets(server), root, log.text(), outcome.toString());
    }

    @ParameterizedTest(name = "fetch={0}")
    @EnumSource(value = FetchMode.class, names = {"ALWAYS", "AUTO"})
    @DisplayName("errors beside a valid catalog are warned about and kept; the rest is generated")
    void errorsBesideTheCatalog(FetchMode mode) throws Exception {
        // given
        BuildRequest request = generatedBefore(mode, FetchFault.PATIENT);
        server.catalog(catalog("slack-without-list-members.json"));

        // when
        BuildOutcome outcome = orchestrator(credential(mode)).run(request);

        // then
        assertThat(log.lines()).contains("WARN ActionKit reported an error beside the catalog;"
                + " the other actions are generated: {\"integration\":\"salesforce\","
                + "\"message\":\"Custom fields could not be loaded.\"}");
        assertGenerated(request, outcome, "slack-without-list-members.json", 1);
        assertThat(Files.readString(request.catalogFile()))
                .contains("\"message\": \"Custom fields could not be loaded.\"");
        Leaks.assertNone(credential(mode).secrets(server), root, log.text(), outcome.toString());
    }

    @Test
    @DisplayName("a 512 MiB answer is cut at the 64 MiB limit: the heap grows by far less than"
            + " the body")
    void hugeAnswerKeepsTheHeapBounded() throws Exception {
        // given
        BuildRequest request = generatedBefore(FetchMode.ALWAYS, FetchFault.PATIENT);
        server.onList(FetchFault.huge());
        BuildFailure e;
        long growth;

        // when
        try (HeapSampler heap = HeapSampler.start()) {
            e = assertThrows(BuildFailure.class,
                    () -> orchestrator(Credential.ENV_TOKEN).run(request));
            growth = heap.peakGrowth();
        }

        // then
        assertThat(e.getMessage()).contains("larger than the limit of 67108864 bytes");
        assertThat(growth).as("peak heap growth, MiB: %d", growth >> 20)
                .isLessThan(FetchFault.HUGE_BYTES / 3);
    }

    /**
     * Generates from the catalog {@code slack.json}, then backdates every file and returns the
     * request for the run under test, with {@code fetch} and {@code fetchTimeout}.
     */
    private BuildRequest generatedBefore(FetchMode fetch, Duration fetchTimeout)
            throws BuildFailure {
        server.catalog(catalog("slack.json"));
        Credential credential = credential(fetch);
        BuildRequest request = Requests.request(root, server.baseUrl(), fetch).toBuilder()
                .fetchTimeout(fetchTimeout).userId(credential.userId()).build();
        BuildOutcome first = orchestrator(credential).run(request);
        assertThat(first.snapshotWritten()).isTrue();
        ProjectFiles.backdate(root, OLD);
        return request;
    }

    private void assertGenerated(BuildRequest request, BuildOutcome outcome, String catalog,
            int actions) throws Exception {
        assertThat(outcome.origin()).startsWith("fetched from " + server.baseUrl());
        assertThat(outcome.upToDate()).isFalse();
        assertThat(outcome.actions()).isEqualTo(actions);
        assertThat(outcome.snapshotWritten()).isTrue();
        assertThat(Files.readAllBytes(request.catalogFile()))
                .isEqualTo(CatalogJson.toSnapshot(CatalogJson.parse(catalog(catalog))));
    }

    private static Credential credential(FetchMode fetch) {
        return fetch == FetchMode.ALWAYS ? Credential.ENV_TOKEN : Credential.SIGNING_KEY;
    }

    private BuildOrchestrator orchestrator(Credential credential) {
        return new BuildOrchestrator(log, ServerPasswords.NONE, credential.environment(),
                CatalogFetcher.ACTIONKIT);
    }
}
