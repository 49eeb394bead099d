package dev.actionkit.codegen.property;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import dev.actionkit.codegen.diagnostic.Diagnostic;
import dev.actionkit.codegen.diagnostic.Severity;
import dev.actionkit.codegen.property.GenerationAttempt.Outcome;
import dev.actionkit.runtime.ActionDescriptor;
import dev.actionkit.testkit.Javac;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.EdgeCasesMode;
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
 * {@code junit-platform.properties}, 20,000 in the {@code fuzz-long} profile), the seed
 * from {@link PropertySeeds}. Edge cases are off: jqwik's edge cases of a catalog are minimal
 * catalogs, and would take half of the tries.
 */
@Label("Hostile catalogs (jqwik)")
@AddLifecycleHook(value = PropertySeeds.class, propagateTo = PropagationMode.DIRECT_DESCENDANTS)
class GeneratorProperties {

    private static final String PACKAGE = "com.acme.fuzz";

    /** Actions in a joined large catalog, at least: as many as one javac run should take. */
    private static final int LARGE = 300;

    /**
     * javac for thousands of small compilations, kept for the whole run, with a class path of
     * only what generated code refers to: the runtime and Jackson.
     */
    static final Javac JAVAC = Javac.withClassPathOf(ActionDescriptor.class, JsonProperty.class,
            JsonNode.class, JsonParser.class);

    @Provide
    Arbitrary<GeneratedCatalog> catalogs() {
        return Catalogs.catalogs();
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    @Label("each catalog generates, or fails with problems located at an action and a place in "
            + "its schema, writing nothing; no file lands outside the output directory; a "
            + "second generation gives the same bytes and touches nothing")
    void generatesOrFailsWithLocatedProblems(@ForAll("catalogs") GeneratedCatalog catalog)
            throws IOException {
        Statistics.label("schema depth").collect(Math.min(catalog.maxSchemaDepth(),
                SchemaShapes.MAX_DEPTH));
        try (Workspace workspace = Workspace.create()) {
            // given a workspace with a canary beside the output directory
            // when
            GenerationAttempt attempt = GenerationAttempt.run(catalog, workspace.out(), PACKAGE);
            // then
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
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check(Outcome.GENERATED).percentage(p -> p >= 50);
            coverage.check(Outcome.REJECTED_BY_GENERATOR).count(n -> n > 0);
            coverage.check(Outcome.REJECTED_BY_PARSER).count(n -> n > 0);
        });
        Statistics.label("schema depth").coverage(coverage ->
                coverage.check(SchemaShapes.MAX_DEPTH).percentage(p -> p >= 5));
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    @Label("each catalog that generates compiles with javac, every action is reachable from "
            + "Actions exactly once, and no description becomes code: the catalog without "
            + "descriptions parses to the same code and declares the members javac compiled")
    void compilesWithEveryActionReachableAndNoDescriptionAsCode(
            @ForAll("catalogs") GeneratedCatalog catalog) throws Exception {
        try (Workspace workspace = Workspace.create()) {
            // given
            GenerationAttempt attempt = GenerationAttempt.run(catalog, workspace.out(), PACKAGE);
            Assume.that(attempt.outcome() == Outcome.GENERATED);
            GenerationAttempt twin = GenerationAttempt.run(catalog.withoutDescriptions(),
                    workspace.twin(), PACKAGE);
            assertThat(twin.outcome()).isEqualTo(Outcome.GENERATED);
            Statistics.label("actions").collect(attempt.result().actions());
            // when
            Javac.Outcome compiled = JAVAC.compile(List.of(workspace.out()), workspace.classes());
            // then
            assertThat(compiled.success()).as(compiled.diagnostics()).isTrue();
            CodeShape described = CodeShape.of(workspace.out(), PACKAGE);
            CodeShape blank = CodeShape.of(workspace.twin(), PACKAGE);
            assertThat(described.firstDifference(blank)).as("code without descriptions")
                    .isEmpty();
            try (URLClassLoader loader = new URLClassLoader(
                    new URL[] {workspace.classes().toUri().toURL()},
                    GeneratorProperties.class.getClassLoader())) {
                CompiledFacade.assertEveryActionReachable(loader, PACKAGE, attempt.catalog(),
                        catalog.listings());
                assertThat(CompiledMembers.of(loader, workspace.out(), PACKAGE))
                        .as("members compiled").containsExactlyInAnyOrderElementsOf(
                                blank.members());
            }
        }
    }

    @Provide
    Arbitrary<List<GeneratedCatalog>> catalogBatches() {
        return Catalogs.catalogs().list().ofSize(150);
    }

    /** One try, as long as the 300 actions it compiles: the other properties take the count. */
    @Property(tries = 1, edgeCases = EdgeCasesMode.NONE)
    @Label("catalogs that generate alone, joined into one of at least 300 actions (integrations "
            + "of equal keys merged), generate together without errors and compile in one "
            + "javac run")
    void joinedLargeCatalogsGenerateAndCompile(
            @ForAll("catalogBatches") List<GeneratedCatalog> batch) throws Exception {
        try (Workspace workspace = Workspace.create()) {
            // given
            List<GeneratedCatalog> generating = new ArrayList<>();
            int actions = 0;
            for (GeneratedCatalog catalog : batch) {
                if (actions < LARGE && GenerationAttempt.run(catalog, workspace.twin(), PACKAGE)
                        .outcome() == Outcome.GENERATED) {
                    generating.add(catalog);
                    actions += catalog.actionNames().size();
                }
            }
            Assume.that(actions >= LARGE);
            GeneratedCatalog joined = Catalogs.join(generating);
            // when
            GenerationAttempt attempt = GenerationAttempt.run(joined, workspace.out(), PACKAGE);
            // then
            assertThat(attempt.outcome()).as("%s", attempt.problems()).isEqualTo(
                    Outcome.GENERATED);
            assertThat(attempt.reported()).noneMatch(d -> d.severity() == Severity.ERROR);
            assertThat(attempt.result().actions()).isEqualTo(joined.actionNames().size());
            Statistics.label("actions").collect(attempt.result().actions() / 100 * 100);
            // when
            Javac.Outcome compiled = JAVAC.compile(List.of(workspace.out()), workspace.classes());
            // then
            assertThat(compiled.success()).as(compiled.diagnostics()).isTrue();
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
        Map<String, String> first = files(workspace.out());
        GenerationAttempt again = GenerationAttempt.run(catalog, workspace.out(), PACKAGE);
        assertThat(again.reported()).isEqualTo(attempt.reported());
        assertThat(again.result().filesWritten()).as("files rewritten by an identical run")
                .isZero();
        assertThat(again.result().filesDeleted()).isZero();
        assertThat(files(workspace.out())).isEqualTo(first);
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
}
