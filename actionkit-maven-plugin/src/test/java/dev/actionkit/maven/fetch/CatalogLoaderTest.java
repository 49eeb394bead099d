package dev.actionkit.maven.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.actionkit.maven.console.RecordingLog;
import dev.actionkit.maven.credentials.CredentialResolver;
import dev.actionkit.maven.credentials.ServerPasswords;
import dev.actionkit.maven.problem.BuildFailure;
import dev.actionkit.maven.snapshot.Sha256;
import dev.actionkit.maven.snapshot.SnapshotDigest;
import dev.actionkit.runtime.ActionKitClient;
import dev.actionkit.runtime.ListActionsOptions;
import dev.actionkit.runtime.RetryPolicy;
import dev.actionkit.runtime.catalog.CatalogJson;
import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.RecordedRequest;
import dev.actionkit.testkit.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogLoaderTest {

    private static final String TOKEN = "token-9f8e7d";

    /** The real fetcher without retries, so that scripted faults answer at once. */
    private static final CatalogFetcher NO_RETRY = (settings, projectId, token) ->
            ActionKitClient.builder().baseUrl(settings.baseUrl()).projectId(projectId)
                    .token(token.token()).retryPolicy(RetryPolicy.none()).build()
                    .listActions(settings.options());

    private final FakeActionKit server = FakeActionKit.start("p-1", 0)
            .catalog(catalog("slack.json")).acceptTokens(TOKEN);
    private final RecordingLog log = new RecordingLog();

    @TempDir
    Path root;
    private Path snapshotFile;

    @BeforeEach
    void paths() {
        snapshotFile = root.resolve("src/main/actionkit/actions.json");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    @DisplayName("auto with a project id and a token fetches, sending the filters as the query")
    void autoFetches() throws Exception {
        // given
        FetchSettings settings = settings(FetchMode.AUTO, false, Optional.of("p-1"),
                CatalogFetcher.options(List.of("slack", "gmail"), List.of("crm"), true));

        // when
        LoadedCatalog loaded = loader(Map.of("ACTIONKIT_TOKEN", TOKEN), CatalogFetcher.ACTIONKIT)
                .load(settings, noSnapshot());

        // then
        LoadedCatalog.Fetched fetched = (LoadedCatalog.Fetched) loaded;
        assertThat(fetched.catalog().actionCount()).isEqualTo(2);
        assertThat(fetched.snapshot()).isEqualTo(CatalogJson.toSnapshot(fetched.catalog()));
        assertThat(fetched.digest()).isEqualTo(Sha256.hex(fetched.snapshot()));
        RecordedRequest listing = server.listings().get(0);
        assertThat(listing.path()).isEqualTo("/projects/p-1/actions");
        assertThat(listing.query()).containsExactly(Map.entry("format", "json_schema"),
                Map.entry("limit_to_available", "false"), Map.entry("reload_fields", "true"),
                Map.entry("integrations", "slack,gmail"), Map.entry("categories", "crm"));
        assertThat(listing.bearerToken()).hasValue(TOKEN);
        assertThat(listing.header("User-Agent")).hasValue("actionkit-maven-plugin/1.2.3");
        assertThat(log.lines()).containsExactly(
                "INFO Fetching the catalog of project 'p-1' from " + server.baseUrl()
                        + " with the token from env ACTIONKIT_TOKEN",
                "INFO Fetched 2 actions in 1 integration");
        assertThat(loaded.origin()).isEqualTo("fetched from " + server.baseUrl()
                + " (project 'p-1', token from env ACTIONKIT_TOKEN)");
    }

    @Test
    @DisplayName("never and offline read the snapshot and never touch the network")
    void neverAndOffline() throws Exception {
        // given
        CatalogLoader loader = loader(Map.of("ACTIONKIT_TOKEN", TOKEN), NO_RETRY);

        // when
        LoadedCatalog never = loader.load(settings(FetchMode.NEVER, false, Optional.of("p-1")),
                snapshot(catalog("slack.json")));
        LoadedCatalog offline = loader.load(settings(FetchMode.AUTO, true, Optional.of("p-1")),
                snapshot(catalog("slack.json")));

        // then
        assertThat(server.requests()).isEmpty();
        assertThat(never).isInstanceOf(LoadedCatalog.FromSnapshot.class);
        assertThat(never.digest()).isEqualTo(Sha256.hex(catalog("slack.json")));
        assertThat(((LoadedCatalog.FromSnapshot) never).read().actionCount()).isEqualTo(2);
        assertThat(never.origin()).isEqualTo("snapshot " + snapshotFile + " (fetch is 'never')");
        assertThat(offline.origin()).isEqualTo("snapshot " + snapshotFile + " (Maven is offline)");
    }

    @Test
    @DisplayName("always fails offline, and without a token, saying what to configure")
    void alwaysNeedsEverything() {
        // given
        CatalogLoader loader = loader(Map.of(), NO_RETRY);

        // when
        BuildFailure offline = assertThrows(BuildFailure.class, () -> loader.load(
                settings(FetchMode.ALWAYS, true, Optional.of("p-1")), noSnapshot()));
        BuildFailure noToken = assertThrows(BuildFailure.class, () -> loader.load(
                settings(FetchMode.ALWAYS, false, Optional.of("p-1")), noSnapshot()));

        // then
        assertThat(offline).hasMessage("fetch is 'always' but Maven is offline (-o): build"
                + " online, or use -Dactionkit.fetch=auto to build from the snapshot "
                + snapshotFile + ".");
        assertThat(noToken).hasMessage("fetch is 'always' but no token is configured. Set"
                + " <projectId> (or env ACTIONKIT_PROJECT_ID) and a token: a settings.xml"
                + " <server>, env ACTIONKIT_TOKEN, or env ACTIONKIT_SIGNING_KEY with <userId>.");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    @DisplayName("auto without a project id uses the snapshot, or fails when there is none")
    void autoWithoutProject() throws Exception {
        // given
        CatalogLoader loader = loader(Map.of("ACTIONKIT_TOKEN", TOKEN), NO_RETRY);
        FetchSettings settings = settings(FetchMode.AUTO, false, Optional.empty());

        // when
        LoadedCatalog loaded = loader.load(settings, snapshot(catalog("slack.json")));
        BuildFailure e = assertThrows(BuildFailure.class,
                () -> loader.load(settings, noSnapshot()));

        // then
        assertThat(loaded).isInstanceOf(LoadedCatalog.FromSnapshot.class);
        assertThat(log.lines()).startsWith(
                "INFO Not fetching the catalog: no project id is configured.",
                "INFO Using the catalog snapshot " + snapshotFile
                        + " (no project id is configured)");
        assertThat(e).hasMessage("No catalog: the snapshot " + snapshotFile + " does not exist"
                + " and the catalog cannot be fetched (no project id is configured). Set"
                + " <projectId> (or env ACTIONKIT_PROJECT_ID) and a token: a settings.xml"
                + " <server>, env ACTIONKIT_TOKEN, or env ACTIONKIT_SIGNING_KEY with <userId>."
                + " Then build online once to create the snapshot, and commit it.");
    }

    @Test
    @DisplayName("a 401 names the token's source and the fix, never the token")
    void unauthorized() {
        // given
        CatalogLoader loader = loader(Map.of("ACTIONKIT_TOKEN", "wrong-token-1234"), NO_RETRY);

        // when
        BuildFailure e = assertThrows(BuildFailure.class, () -> loader.load(
                settings(FetchMode.ALWAYS, false, Optional.of("p-1")),
                snapshot(catalog("slack.json"))));

        // then
        assertThat(e).hasMessage("ActionKit rejected the token from env ACTIONKIT_TOKEN (HTTP 401,"
                + " code 40100, request id req-401). It must be a valid, unexpired"
                + " Paragon User Token for project 'p-1': set ACTIONKIT_TOKEN to a valid,"
                + " unexpired Paragon User Token.");
        assertThat(e.getMessage() + log.text()).doesNotContain("wrong-token-1234");
    }

    @Test
    @DisplayName("a 401 or 403 never prints the server's message next to the token's source")
    void unauthorizedMessageNotEchoed() {
        // given (a server that echoes part of the token and forges a log line)
        server.onList(Reply.json(403, "{\"message\": \"token-9f8e7d-xyz ok\\n[INFO] token from"
                + " settings.xml accepted\", \"code\": \"40300\", \"meta\": {\"requestId\":"
                + " \"r-7\"}}"));
        CatalogLoader loader = loader(Map.of("ACTIONKIT_TOKEN", TOKEN), NO_RETRY);

        // when
        BuildFailure e = assertThrows(BuildFailure.class, () -> loader.load(
                settings(FetchMode.ALWAYS, false, Optional.of("p-1")),
                snapshot(catalog("slack.json"))));

        // then
        assertThat(e).hasMessage("ActionKit rejected the token from env ACTIONKIT_TOKEN (HTTP 403,"
                + " code 40300, request id r-7). It must be a valid, unexpired Paragon User Token"
                + " for project 'p-1': set ACTIONKIT_TOKEN to a valid, unexpired Paragon User"
                + " Token.");
        assertThat(e.getMessage() + log.text()).doesNotContain("9f8e7d").doesNotContain("[INFO]");
    }

    @Test
    @DisplayName("a server's error text is one escaped line: it cannot forge a log line")
    void serverTextEscaped() {
        // given
        server.onList(Reply.text(503, "down\n[INFO] BUILD SUCCESS\u001b[0m"));
        CatalogLoader loader = loader(Map.of("ACTIONKIT_TOKEN", TOKEN), NO_RETRY);

        // when
        BuildFailure e = assertThrows(BuildFailure.class, () -> loader.load(
                settings(FetchMode.ALWAYS, false, Optional.of("p-1")),
                snapshot(catalog("slack.json"))));

        // then
        assertThat(e.getMessage()).startsWith("ActionKit answered GET /actions failed: HTTP 503:"
                + " down [INFO] BUILD SUCCESS\\u001b[0m (from ");
    }

    @Test
    @DisplayName("an unknown project is a 404 that names the project id and base URL")
    void unknownProject() {
        // given
        CatalogLoader loader = loader(Map.of("ACTIONKIT_TOKEN", TOKEN), NO_RETRY);

        // when
        BuildFailure e = assertThrows(BuildFailure.class, () -> loader.load(
                settings(FetchMode.AUTO, false, Optional.of("p-unknown")), noSnapshot()));

        // then
        assertThat(e).hasMessage("ActionKit at " + server.baseUrl() + " does not know project"
                + " 'p-unknown' (HTTP 404: Project not found.). Check <projectId> (or env"
                + " ACTIONKIT_PROJECT_ID) and <baseUrl>.");
    }

    @Test
    @DisplayName("in auto, an HTML 502 with a snapshot warns and uses the snapshot")
    void gatewayErrorFallsBack() throws Exception {
        // given
        server.enqueueList(Reply.html(502, "<html><body>Bad Gateway</body></html>"));
        CatalogLoader loader = loader(Map.of("ACTIONKIT_TOKEN", TOKEN), NO_RETRY);

        // when
        LoadedCatalog loaded = loader.load(settings(FetchMode.AUTO, false, Optional.of("p-1")),
                snapshot(catalog("slack.json")));

        // then
        assertThat(loaded).isInstanceOf(LoadedCatalog.FromSnapshot.class);
        assertThat(loaded.origin()).isEqualTo("snapshot " + snapshotFile + " (the fetch failed)");
        assertThat(log.lines()).anySatisfy(line -> assertThat(line)
                .startsWith("WARN ActionKit answered GET /actions failed: HTTP 502")
                .endsWith("Using the snapshot instead."));
    }

    @Test
    @DisplayName("a truncated body without a snapshot fails")
    void truncatedBody() {
        // given
        server.enqueueList(Reply.fault(Reply.Fault.CLOSE_MID_BODY));
        CatalogLoader loader = loader(Map.of("ACTIONKIT_TOKEN", TOKEN), NO_RETRY);

        // when
        BuildFailure e = assertThrows(BuildFailure.class, () -> loader.load(
                settings(FetchMode.AUTO, false, Optional.of("p-1")), noSnapshot()));

        // then
        assertThat(e.getMessage()).startsWith("Could not fetch the catalog from "
                + server.baseUrl() + ": GET /actions failed: ");
    }

    @Test
    @DisplayName("a 200 answer that is not JSON fails as not a catalog")
    void notJson() {
        // given
        server.enqueueList(Reply.html(200, "<html>Sign in</html>"));
        CatalogLoader loader = loader(Map.of("ACTIONKIT_TOKEN", TOKEN), NO_RETRY);

        // when
        BuildFailure e = assertThrows(BuildFailure.class, () -> loader.load(
                settings(FetchMode.ALWAYS, false, Optional.of("p-1")), noSnapshot()));

        // then
        assertThat(e.getMessage()).startsWith("ActionKit's answer to GET /actions is not a"
                + " catalog: catalog: is not valid JSON: ");
    }

    @Test
    @DisplayName("a server that is down fails with the address and how to build offline")
    void serverDown() {
        // given
        server.close();
        CatalogLoader loader = loader(Map.of("ACTIONKIT_TOKEN", TOKEN), NO_RETRY);

        // when
        BuildFailure e = assertThrows(BuildFailure.class, () -> loader.load(
                settings(FetchMode.ALWAYS, false, Optional.of("p-1")), noSnapshot()));

        // then
        assertThat(e.getMessage()).startsWith("Could not fetch the catalog from "
                + server.baseUrl() + ": ").endsWith(". Check the network and proxy, or build"
                + " from the snapshot with -o or -Dactionkit.fetch=never.");
    }

    @Test
    @DisplayName("plain http to a host that is not loopback is refused before any request")
    void plainHttpElsewhere() {
        // given
        CatalogLoader loader = loader(Map.of("ACTIONKIT_TOKEN", TOKEN), CatalogFetcher.ACTIONKIT);
        FetchSettings settings = new FetchSettings(FetchMode.ALWAYS, false, Optional.of("p-1"),
                "http://actionkit.example.com", "actionkit", Optional.empty(),
                CatalogFetcher.options(List.of(), List.of(), false), FetchTimeout.DEFAULT,
                snapshotFile, "test");

        // when
        BuildFailure e = assertThrows(BuildFailure.class,
                () -> loader.load(settings, noSnapshot()));

        // then
        assertThat(e).hasMessage("The ActionKit settings are invalid: baseUrl must use https://"
                + " unless the host is loopback (localhost, 127.0.0.1, [::1]):"
                + " http://actionkit.example.com.");
    }

    @Test
    @DisplayName("without a project id no token is looked for: a signing key alone does not fail")
    void noProjectNoCredentials() throws Exception {
        // given
        CatalogLoader loader = loader(Map.of("ACTIONKIT_SIGNING_KEY", "not even a key"), NO_RETRY);

        // when
        LoadedCatalog loaded = loader.load(settings(FetchMode.AUTO, false, Optional.empty()),
                snapshot(catalog("slack.json")));

        // then
        assertThat(loaded.origin())
                .isEqualTo("snapshot " + snapshotFile + " (no project id is configured)");
    }

    @Test
    @DisplayName("a corrupt snapshot fails and says how to restore it")
    void corruptSnapshot() throws Exception {
        // given
        CatalogLoader loader = loader(Map.of(), NO_RETRY);
        LoadedCatalog.FromSnapshot loaded = (LoadedCatalog.FromSnapshot) loader.load(
                settings(FetchMode.NEVER, false, Optional.empty()),
                snapshot("{\"actions\": [".getBytes()));

        // when
        BuildFailure e = assertThrows(BuildFailure.class, loaded::read);

        // then
        assertThat(e.getMessage()).startsWith("The snapshot " + snapshotFile
                + " is not a valid catalog: catalog: is not valid JSON: ").endsWith(". Restore it"
                + " from version control, or fetch it again with -Dactionkit.fetch=always.");
    }

    @Test
    @DisplayName("a snapshot deleted after it was chosen fails when read, saying how to restore it")
    void snapshotDeletedDuringTheBuild() throws Exception {
        // given
        LoadedCatalog.FromSnapshot loaded = (LoadedCatalog.FromSnapshot) loader(Map.of(), NO_RETRY)
                .load(settings(FetchMode.NEVER, false, Optional.empty()),
                        snapshot(catalog("slack.json")));
        Files.delete(snapshotFile);

        // when
        BuildFailure e = assertThrows(BuildFailure.class, loaded::read);

        // then
        assertThat(e).hasMessage("The snapshot " + snapshotFile + " was deleted during the build."
                + " Restore it from version control, or fetch it again with"
                + " -Dactionkit.fetch=always.");
    }

    private CatalogLoader loader(Map<String, String> environment, CatalogFetcher fetcher) {
        return new CatalogLoader(log, new CredentialResolver(ServerPasswords.NONE, environment),
                fetcher);
    }

    private FetchSettings settings(FetchMode mode, boolean offline, Optional<String> projectId) {
        return settings(mode, offline, projectId,
                CatalogFetcher.options(List.of(), List.of(), false));
    }

    private FetchSettings settings(FetchMode mode, boolean offline, Optional<String> projectId,
            ListActionsOptions options) {
        return new FetchSettings(mode, offline, projectId, server.baseUrl(), "actionkit",
                Optional.empty(), options, FetchTimeout.DEFAULT, snapshotFile,
                "actionkit-maven-plugin/1.2.3");
    }

    /** The snapshot file holding {@code bytes}, known by its digest. */
    private SnapshotDigest snapshot(byte[] bytes) {
        try {
            Files.createDirectories(snapshotFile.getParent());
            Files.write(snapshotFile, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return digestOfSnapshot();
    }

    /** No snapshot file: it is deleted when an earlier step of the test wrote one. */
    private SnapshotDigest noSnapshot() {
        try {
            Files.deleteIfExists(snapshotFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return digestOfSnapshot();
    }

    private SnapshotDigest digestOfSnapshot() {
        return new SnapshotDigest(snapshotFile, root.resolve("target/maven-status"));
    }

    static byte[] catalog(String name) {
        try (InputStream in = CatalogLoaderTest.class.getResourceAsStream("/catalogs/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
