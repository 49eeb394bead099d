package dev.actionkit.maven.build;

import dev.actionkit.codegen.diagnostic.CatalogProblemsException;
import dev.actionkit.codegen.CodeGenerator;
import dev.actionkit.codegen.diagnostic.Diagnostic;
import dev.actionkit.codegen.GenerationRequest;
import dev.actionkit.codegen.GenerationResult;
import dev.actionkit.codegen.diff.CatalogChange;
import dev.actionkit.codegen.diff.CatalogDiff;
import dev.actionkit.maven.console.BuildLog;
import dev.actionkit.maven.console.Counts;
import dev.actionkit.maven.console.PrintableLog;
import dev.actionkit.maven.credentials.CredentialResolver;
import dev.actionkit.maven.credentials.ServerPasswords;
import dev.actionkit.maven.fetch.CatalogFetcher;
import dev.actionkit.maven.fetch.CatalogLoader;
import dev.actionkit.maven.fetch.FetchSettings;
import dev.actionkit.maven.fetch.LoadedCatalog;
import dev.actionkit.maven.problem.BuildFailure;
import dev.actionkit.maven.snapshot.SnapshotDigest;
import dev.actionkit.maven.snapshot.SnapshotStore;
import dev.actionkit.runtime.CatalogFormatException;
import dev.actionkit.runtime.catalog.ActionCatalog;
import dev.actionkit.runtime.catalog.CatalogJson;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Runs the {@code generate} goal without Maven: get the catalog, report what changed, generate
 * unless up to date, then keep the snapshot; the caller logs the outcome's summary line. A
 * failed run leaves the snapshot and the generated sources as they were: the snapshot is written
 * only after generation succeeded, and the core writes nothing while the catalog has problems.
 */
public final class BuildOrchestrator {

    /** The environment variable that supplies the project id when it is not configured. */
    public static final String PROJECT_ID_VARIABLE = "ACTIONKIT_PROJECT_ID";

    private final BuildLog log;
    private final Map<String, String> environment;
    private final CatalogLoader loader;

    /**
     * @param log where steps are reported
     * @param servers settings.xml server passwords
     * @param environment the environment variables (a map, for tests)
     * @param fetcher how the catalog is fetched
     */
    public BuildOrchestrator(BuildLog log, ServerPasswords servers,
            Map<String, String> environment, CatalogFetcher fetcher) {
        this.log = PrintableLog.of(Objects.requireNonNull(log, "log == null"));
        this.environment = Map.copyOf(environment);
        this.loader = new CatalogLoader(
                this.log, new CredentialResolver(servers, environment), fetcher);
    }

    /**
     * Runs one build.
     *
     * @throws BuildFailure for an expected problem, with what to do about it
     */
    public BuildOutcome run(BuildRequest request) throws BuildFailure {
        long start = System.nanoTime();
        LoadedCatalog loaded = loader.load(fetchSettings(request),
                new SnapshotDigest(request.catalogFile(), request.statusDirectory()));
        String fingerprint = Fingerprint.of(request, loaded.digest());
        if (loaded instanceof LoadedCatalog.Fetched fetched) {
            return fromFetched(request, fetched, fingerprint, start);
        }
        return fromSnapshot(request, (LoadedCatalog.FromSnapshot) loaded, fingerprint, start);
    }

    /**
     * A build from the snapshot: its digest (remembered by its size and time) and the
     * configuration decide whether the sources are up to date before the catalog is read or
     * parsed, so that a no-op build does neither.
     */
    private BuildOutcome fromSnapshot(BuildRequest request, LoadedCatalog.FromSnapshot snapshot,
            String fingerprint, long start) throws BuildFailure {
        Optional<GenerationResult> current =
                CodeGenerator.upToDate(request.outputDirectory(), fingerprint);
        if (current.isPresent()) {
            return outcome(current.get(), true, false, snapshot.origin(), start);
        }
        ActionCatalog catalog = snapshot.read();
        reportServerErrors(catalog);
        GenerationResult result = generate(request, catalog, fingerprint);
        return outcome(result, false, false, snapshot.origin(), start);
    }

    private BuildOutcome fromFetched(BuildRequest request, LoadedCatalog.Fetched fetched,
            String fingerprint, long start) throws BuildFailure {
        SnapshotStore snapshots = new SnapshotStore(request.catalogFile());
        reportServerErrors(fetched.catalog());
        Optional<byte[]> previous = snapshots.read();
        if (previous.isPresent()) {
            reportChanges(request, previous.get(), fetched.catalog());
        }
        Optional<GenerationResult> current =
                CodeGenerator.upToDate(request.outputDirectory(), fingerprint);
        GenerationResult result = current.isPresent() ? current.get()
                : generate(request, fetched.catalog(), fingerprint);
        boolean snapshotWritten = snapshots.writeIfChanged(fetched.snapshot());
        if (snapshotWritten) {
            log.info("Wrote the catalog snapshot " + request.catalogFile() + ": commit it");
        }
        return outcome(result, current.isPresent(), snapshotWritten, fetched.origin(), start);
    }

    private FetchSettings fetchSettings(BuildRequest request) {
        Optional<String> projectId = request.projectId()
                .or(() -> Optional.ofNullable(environment.get(PROJECT_ID_VARIABLE)))
                .map(String::strip)
                .filter(id -> !id.isEmpty());
        return new FetchSettings(request.fetch(), request.offline(), projectId,
                request.baseUrl(), request.serverId(), request.userId(),
                CatalogFetcher.options(request.integrations(), request.categories(),
                        request.reloadFields()),
                request.fetchTimeout(), request.catalogFile(),
                "actionkit-maven-plugin/" + request.pluginVersion());
    }

    private void reportServerErrors(ActionCatalog catalog) {
        catalog.errors().forEach(error -> log.warn("ActionKit reported an error beside the"
                + " catalog; the other actions are generated: " + error));
    }

    private void reportChanges(BuildRequest request, byte[] snapshot, ActionCatalog fetched)
            throws BuildFailure {
        ActionCatalog previous;
        try {
            previous = CatalogJson.parse(snapshot);
        } catch (CatalogFormatException e) {
            log.warn("The old snapshot " + request.catalogFile() + " is not a valid catalog ("
                    + e.getMessage() + "); it is replaced without a change report.");
            return;
        }
        CatalogDiff diff = CatalogDiff.between(previous, fetched);
        if (diff.isEmpty()) {
            log.info("The catalog has not changed since the snapshot");
            return;
        }
        List<String> lines = diff.reportLines();
        lines.forEach(line -> log.info(line));
        List<CatalogChange> breaking = diff.breakingChanges();
        if (!breaking.isEmpty() && request.failOnBreakingChanges()) {
            throw new BuildFailure("The catalog has " + breaking.size() + " breaking "
                    + (breaking.size() == 1 ? "change" : "changes") + " and failOnBreakingChanges"
                    + " is set; nothing was generated and the snapshot is unchanged:\n"
                    + breaking.stream()
                            .map(change -> "  - " + Diagnostic.printable(change.describe()))
                            .collect(Collectors.joining("\n"))
                    + "\nUpdate the code that uses these actions, then build with"
                    + " -Dactionkit.failOnBreakingChanges=false once to accept the new catalog.");
        }
    }

    private GenerationResult generate(BuildRequest request, ActionCatalog catalog,
            String fingerprint) throws BuildFailure {
        log.info("Generating sources into " + request.outputDirectory());
        GenerationRequest generation;
        try {
            generation = GenerationRequest.builder()
                    .catalog(catalog)
                    .outputDirectory(request.outputDirectory())
                    .packageName(request.packageName())
                    .selection(request.selection())
                    .optionalParameters(request.optionalParameters())
                    .fingerprint(fingerprint)
                    .build();
        } catch (IllegalArgumentException e) {
            throw new BuildFailure("The plugin configuration is invalid: " + e.getMessage()
                    + ".", e);
        }
        try {
            return CodeGenerator.generate(generation, this::report);
        } catch (UncheckedIOException e) {
            throw new BuildFailure("Could not write the generated sources: " + e.getMessage()
                    + ". The snapshot is unchanged, and nothing is taken as up to date: the next"
                    + " build generates again. Check the disk space and the permissions of "
                    + request.outputDirectory() + ".", e);
        } catch (CatalogProblemsException e) {
            throw new BuildFailure("The catalog has " + e.problems().size() + " "
                    + (e.problems().size() == 1 ? "problem that blocks" : "problems that block")
                    + " generation; nothing was written and the snapshot is unchanged:\n"
                    + e.problems().stream().map(problem -> "  " + problem.line())
                            .collect(Collectors.joining("\n"))
                    + "\nExclude the action with <excludes>, or report the schema.", e);
        }
    }

    private void report(Diagnostic diagnostic) {
        switch (diagnostic.severity()) {
            case ERROR, WARNING -> log.warn(diagnostic.line());
            default -> log.debug(diagnostic.line());
        }
    }


    private static BuildOutcome outcome(GenerationResult r, boolean upToDate,
            boolean snapshotWritten, String origin, long start) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        String summary = "ActionKit: " + Counts.count(r.actions(), "action") + " in "
                + Counts.count(r.integrations(), "integration") + (upToDate ? ", up to date" : "")
                + "; files " + r.filesWritten() + " written, " + r.filesUnchanged()
                + " unchanged, " + r.filesDeleted() + " deleted (" + millis + " ms); catalog "
                + origin;
        return new BuildOutcome(upToDate, r.integrations(), r.actions(), r.filesWritten(),
                r.filesUnchanged(), r.filesDeleted(), snapshotWritten, origin, summary);
    }
}
