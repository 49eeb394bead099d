package dev.actionkit.codegen;

import dev.actionkit.codegen.diagnostic.CatalogProblemsException;
import dev.actionkit.codegen.diagnostic.Diagnostic;
import dev.actionkit.codegen.diagnostic.Severity;
import dev.actionkit.codegen.emit.ActionsEmitter;
import dev.actionkit.codegen.emit.IntegrationEmitter;
import dev.actionkit.codegen.emit.ParamsEmitter;
import dev.actionkit.codegen.emit.SourceFile;
import dev.actionkit.codegen.model.ActionModel;
import dev.actionkit.codegen.model.CatalogModel;
import dev.actionkit.codegen.model.ModelBuilder;
import dev.actionkit.codegen.model.Parallel;
import dev.actionkit.codegen.write.AtomicFile;
import dev.actionkit.codegen.write.GenerationStamp;
import dev.actionkit.codegen.write.OutputWriter;
import dev.actionkit.runtime.catalog.ActionCatalog;
import dev.actionkit.runtime.catalog.CatalogJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Generates typed Java for an ActionKit catalog: reads the request into a validated, named
 * model, emits every file in memory (parameter classes in parallel), and only then writes.
 *
 * <pre>{@code
 * GenerationResult result = CodeGenerator.generate(GenerationRequest.builder()
 *         .catalog(CodeGenerator.readCatalog(Path.of("src/main/actionkit/actions.json")))
 *         .outputDirectory(Path.of("target/generated-sources/actionkit"))
 *         .packageName("com.acme.actionkit")
 *         .build(), diagnostic -> log.warn(diagnostic.toString()));
 * }</pre>
 */
public final class CodeGenerator {

    private CodeGenerator() {}

    /**
     * Validates and names everything, emits in memory, then writes; throws before writing
     * anything when the catalog has problems.
     *
     * @throws CatalogProblemsException listing every error, after the listener saw them all
     * @throws IllegalArgumentException if a generated path would leave the output directory
     * @throws UncheckedIOException if the output directory cannot be written
     */
    public static GenerationResult generate(GenerationRequest request,
            GenerationListener listener) {
        Objects.requireNonNull(request, "request == null");
        Objects.requireNonNull(listener, "listener == null");
        ExecutorService pool = Executors.newFixedThreadPool(threads(), CodeGenerator::daemon);
        try {
            CatalogModel model = buildModel(request, listener, pool);
            List<SourceFile> files = reportingProblems(() -> emit(model, pool), listener);
            OutputWriter.Outcome outcome = OutputWriter.write(request.outputDirectory(), files,
                    new GenerationStamp(request.fingerprint(), model.integrations().size(),
                            model.actionCount()));
            List<Diagnostic> warnings = model.diagnostics().stream()
                    .filter(d -> d.severity() == Severity.WARNING).toList();
            return new GenerationResult(model.integrations().size(), model.actionCount(),
                    outcome.written(), outcome.unchanged(), outcome.deleted(), warnings);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Returns what the earlier generation in {@code outputDirectory} generated when it is
     * complete and was made with {@code fingerprint} (manifest present, fingerprint equal, every
     * owned file present): its integration and action counts, every owned file unchanged, none
     * written or deleted. Empty when a generation is needed. Reads only the manifest and lists
     * the owned directories: no catalog is parsed, nothing is hashed or written.
     */
    public static Optional<GenerationResult> upToDate(Path outputDirectory, String fingerprint) {
        Objects.requireNonNull(outputDirectory, "outputDirectory == null");
        Objects.requireNonNull(fingerprint, "fingerprint == null");
        return OutputWriter.upToDate(outputDirectory, fingerprint)
                .map(manifest -> new GenerationResult(manifest.stamp().integrations(),
                        manifest.stamp().actions(), 0, manifest.files().size(), 0, List.of()));
    }

    /**
     * Reads a catalog file in the {@code GET /actions} response shape through the runtime's
     * {@link CatalogJson}, the one catalog parser.
     *
     * @throws dev.actionkit.runtime.CatalogFormatException if the file is not a catalog
     * @throws UncheckedIOException if the file cannot be read
     */
    public static ActionCatalog readCatalog(Path catalogFile) {
        try {
            return CatalogJson.parse(Files.readAllBytes(catalogFile));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the catalog " + catalogFile, e);
        }
    }

    /**
     * Replaces {@code target}'s content the way the generator writes its own files: a reader sees
     * the old file or the new one, never a part, and no temporary file is left behind. For
     * callers that keep files beside the generated sources, e.g. the plugin's catalog snapshot.
     *
     * @throws IOException if the file system fails; {@code target} is then as it was
     */
    public static void writeAtomically(Path target, byte[] content) throws IOException {
        AtomicFile.write(target, content);
    }

    private static CatalogModel buildModel(GenerationRequest request, GenerationListener listener,
            ExecutorService pool) {
        CatalogModel model = reportingProblems(() -> ModelBuilder.build(request.catalog(),
                request.selection(), request.optionalParameters(), request.packageName(), pool),
                listener);
        model.diagnostics().forEach(listener::report);
        return model;
    }

    private static <T> T reportingProblems(Supplier<T> step, GenerationListener listener) {
        try {
            return step.get();
        } catch (CatalogProblemsException e) {
            e.problems().forEach(listener::report);
            throw e;
        }
    }

    private static List<SourceFile> emit(CatalogModel model, ExecutorService pool) {
        List<ActionModel> actions = new ArrayList<>();
        model.integrations().forEach(i -> actions.addAll(i.actions()));
        List<Attempt> emitted = Parallel.map(actions, CodeGenerator::emitAction, pool);
        List<Diagnostic> problems = emitted.stream().map(Attempt::problem)
                .filter(Objects::nonNull).toList();
        if (!problems.isEmpty()) {
            throw new CatalogProblemsException(problems);
        }
        List<SourceFile> files = new ArrayList<>();
        emitted.forEach(attempt -> files.addAll(attempt.files()));
        files.addAll(Parallel.map(model.integrations(), IntegrationEmitter::emit, pool));
        files.add(ActionsEmitter.emit(model));
        return files;
    }

    /** The parameter classes of one action, or the problem that prevented them. */
    private record Attempt(List<SourceFile> files, Diagnostic problem) {}

    private static Attempt emitAction(ActionModel action) {
        try {
            return new Attempt(ParamsEmitter.emit(action), null);
        } catch (RuntimeException e) {
            return new Attempt(null, Diagnostic.at(Severity.ERROR, "schema-not-mappable",
                    action.definition(), "",
                    "jsonschema2pojo could not map the normalized schema: " + e));
        }
    }

    private static int threads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "actionkit-codegen");
        thread.setDaemon(true);
        return thread;
    }
}
