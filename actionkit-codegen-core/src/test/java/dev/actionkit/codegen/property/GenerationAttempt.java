package dev.actionkit.codegen.property;

import dev.actionkit.codegen.diagnostic.CatalogProblemsException;
import dev.actionkit.codegen.CodeGenerator;
import dev.actionkit.codegen.diagnostic.Diagnostic;
import dev.actionkit.codegen.GenerationRequest;
import dev.actionkit.codegen.GenerationResult;
import dev.actionkit.runtime.CatalogFormatException;
import dev.actionkit.runtime.catalog.ActionCatalog;
import dev.actionkit.runtime.catalog.CatalogJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass of a generated catalog through the public API, as the Maven plugin makes it: the
 * bytes parsed by {@link CatalogJson}, then {@link CodeGenerator#generate}. The two expected
 * failures are kept; any other exception is not caught, so it fails the property.
 *
 * @param outcome how it ended
 * @param catalog the parsed catalog, null when parsing failed
 * @param formatProblem the parser's exception when it rejected the catalog
 * @param problems the generator's exception when it rejected the catalog
 * @param result what the generator did, when it succeeded
 * @param reported every diagnostic the listener saw, in order
 */
record GenerationAttempt(Outcome outcome, ActionCatalog catalog,
        CatalogFormatException formatProblem, CatalogProblemsException problems,
        GenerationResult result, List<Diagnostic> reported) {

    /** How an attempt ended. */
    enum Outcome { REJECTED_BY_PARSER, REJECTED_BY_GENERATOR, GENERATED }

    /** Parses and generates {@code catalog} into {@code out}, in package {@code packageName}. */
    static GenerationAttempt run(GeneratedCatalog catalog, Path out, String packageName) {
        ActionCatalog parsed;
        try {
            parsed = CatalogJson.parse(catalog.toBytes());
        } catch (CatalogFormatException e) {
            return new GenerationAttempt(Outcome.REJECTED_BY_PARSER, null, e, null, null,
                    List.of());
        }
        List<Diagnostic> reported = new ArrayList<>();
        GenerationRequest request = GenerationRequest.builder().catalog(parsed)
                .outputDirectory(out).packageName(packageName).fingerprint("property").build();
        try {
            GenerationResult result = CodeGenerator.generate(request, reported::add);
            return new GenerationAttempt(Outcome.GENERATED, parsed, null, null, result,
                    List.copyOf(reported));
        } catch (CatalogProblemsException e) {
            return new GenerationAttempt(Outcome.REJECTED_BY_GENERATOR, parsed, null, e, null,
                    List.copyOf(reported));
        }
    }
}
