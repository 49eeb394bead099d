package dev.actionkit.codegen.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.actionkit.codegen.CodeGenerator;
import dev.actionkit.codegen.Diagnostic;
import dev.actionkit.codegen.GenerationListener;
import dev.actionkit.codegen.GenerationRequest;
import dev.actionkit.codegen.GenerationResult;
import dev.actionkit.codegen.Severity;
import dev.actionkit.codegen.property.GenerationAttempt.Outcome;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of the generator over hostile catalogs made by {@link Catalogs}. The number of
 * tries comes from the jqwik configuration ({@code jqwik.tries.default}: 300 in
 * {@code junit-platform.properties}, 20,000 in the {@code properties-long} profile), the seed
 * from {@link PropertySeeds}.
 */
@Label("Hostile catalogs (jqwik)")
@AddLifecycleHook(value = PropertySeeds.class, propagateTo = PropagationMode.DIRECT_DESCENDANTS)
class GeneratorProperties {

    private static final String PACKAGE = "com.acme.fuzzdescribed";
    private static final String TWIN_PACKAGE = "com.acme.fuzzblank";

    @Provide
    Arbitrary<GeneratedCatalog> catalogs() {
        return Catalogs.catalogs();
    }

    @Property
    @Label("each catalog generates, or fails with problems located at an action and a place in "
            + "its schema, writing nothing; no file lands outside the output directory; a "
            + "second generation gives the same bytes and touches nothing")
    void generatesOrFailsWithLocatedProblems(@ForAll("catalogs") GeneratedCatalog catalog)
            throws IOException {
        System.err.println("TIMING p1start " + System.nanoTime() / 1_000_000);
        try (Workspace workspace = Workspace.create()) {
            // given
            Statistics.label("schema depth").collect(Math.min(catalog.maxSchemaDepth(),
                    SchemaShapes.MAX_DEPTH));
            // when
            GenerationAttempt attempt = GenerationAttempt.run(catalog, workspace.out(), PACKAGE);
            // then
            System.err.println("TIMING p1gen " + System.nanoTime() / 1_000_000);
            Statistics.label("outcome").collect(attempt.outcome());
            workspace.assertConfined();
            switch (attempt.outcome()) {
                case REJECTED_BY_PARSER -> {
                    Statistics.label("parser problem").collect(attempt.formatProblem()
                            .pointer().isEmpty() ? "unreadable JSON" : "catalog shape");
                    Locations.assertLocated(attempt.formatProblem(), catalog);
                }
                case REJECTED_BY_GENERATOR -> assertRejectedBeforeWriting(attempt, workspace);
                case GENERATED -> assertGeneratedDeterministically(attempt, workspace, catalog);
            }
        }
        System.err.println("TIMING p1end " + System.nanoTime() / 1_000_000);
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check(Outcome.GENERATED).percentage(p -> p >= 50);
            coverage.check(Outcome.REJECTED_BY_GENERATOR).count(n -> n > 0);
            coverage.check(Outcome.REJECTED_BY_PARSER).count(n -> n > 0);
        });
        Statistics.label("schema depth").coverage(coverage ->
                coverage.check(SchemaShapes.MAX_DEPTH).percentage(p -> p >= 5));
    }

    @Property
    @Label("each catalog that generates compiles with javac, every action is reachable from "
            + "Actions exactly once, and no description becomes code: the catalog without "
            + "descriptions gives the same members and the same code tokens")
    void compilesWithEveryActionReachableAndNoDescriptionAsCode(
            @ForAll("catalogs") GeneratedCatalog catalog) throws Exception {
        try (Workspace workspace = Workspace.create()) {
            // given
            long g0 = System.nanoTime();
            GenerationAttempt attempt = GenerationAttempt.run(catalog, workspace.out(), PACKAGE);
            System.err.println("TIMING gen " + (System.nanoTime() - g0) / 1_000_000 + " ms");
            Assume.that(attempt.outcome() == Outcome.GENERATED);
            GenerationAttempt twin = GenerationAttempt.run(catalog.withoutDescriptions(),
                    workspace.twin(), TWIN_PACKAGE);
            assertThat(twin.outcome()).isEqualTo(Outcome.GENERATED);
            Statistics.label("actions").collect(attempt.result().actions());
            // when
            long t0 = System.nanoTime();
            Javac.Outcome compiled = Javac.compile(List.of(workspace.out(), workspace.twin()),
                    workspace.classes());
            System.err.println("TIMING javac " + (System.nanoTime() - t0) / 1_000_000 + " ms, "
                    + attempt.result().filesWritten() + " files");
            // then
            assertThat(compiled.success()).as(compiled.diagnostics()).isTrue();
            try (URLClassLoader loader = new URLClassLoader(
                    new URL[] {workspace.classes().toUri().toURL()},
                    GeneratorProperties.class.getClassLoader())) {
                CompiledFacade.assertEveryActionReachable(loader, PACKAGE, attempt.catalog(),
                        catalog.listings());
                assertThat(MemberSignatures.of(loader, workspace.out(), PACKAGE))
                        .as("members without descriptions")
                        .isEqualTo(MemberSignatures.of(loader, workspace.twin(), TWIN_PACKAGE));
            }
            assertThat(codeTokens(workspace.out(), PACKAGE))
                    .isEqualTo(codeTokens(workspace.twin(), TWIN_PACKAGE));
        }
    }

    private static void assertRejectedBeforeWriting(GenerationAttempt attempt,
            Workspace workspace) throws IOException {
        List<Diagnostic> problems = attempt.problems().problems();
        assertThat(problems).isNotEmpty().allMatch(d -> d.severity() == Severity.ERROR);
        Locations.assertLocated(attempt.reported(), attempt.catalog());
        assertThat(attempt.reported()).containsAll(problems);
        assertThat(files(workspace.out())).as("files written despite the problems").isEmpty();
    }

    private static void assertGeneratedDeterministically(GenerationAttempt attempt,
            Workspace workspace, GeneratedCatalog catalog) throws IOException {
        assertThat(attempt.reported()).noneMatch(d -> d.severity() == Severity.ERROR);
        Locations.assertLocated(attempt.reported(), attempt.catalog());
        assertThat(attempt.result().actions()).isEqualTo(catalog.actionNames().size());
        GenerationResult rerun = CodeGenerator.generate(GenerationRequest.builder()
                .catalog(attempt.catalog()).outputDirectory(workspace.out()).packageName(PACKAGE)
                .fingerprint("property").build(), GenerationListener.ignoring());
        assertThat(rerun.filesWritten()).as("files rewritten by an identical run").isZero();
        GenerationAttempt again = GenerationAttempt.run(catalog, workspace.again(), PACKAGE);
        assertThat(again.reported()).isEqualTo(attempt.reported());
        assertThat(files(workspace.again())).isEqualTo(files(workspace.out()));
        workspace.assertConfined();
    }

    /** Returns relative path to content of every file under {@code dir}. */
    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }

    /** Returns the code tokens of every generated file, keyed by simple type name. */
    private static Map<String, List<String>> codeTokens(Path sources, String packageName)
            throws IOException {
        Map<String, List<String>> tokens = new TreeMap<>();
        Path dir = sources.resolve(packageName.replace('.', '/'));
        try (Stream<Path> walk = Files.list(dir)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file).replace(packageName, "PKG");
                tokens.put(file.getFileName().toString(), JavaTokens.of(source));
            }
        }
        return tokens;
    }
}
