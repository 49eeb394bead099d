package dev.actionkit.codegen;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.actionkit.codegen.diagnostic.Diagnostic;
import dev.actionkit.runtime.catalog.ActionCatalog;
import dev.actionkit.runtime.catalog.CatalogJson;
import dev.actionkit.testkit.Javac;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Catalogs for tests: the real ones in the repository and small ones written inline. */
final class TestCatalogs {

    static final Path SAMPLE = Path.of("../testdata/paragon/list-actions-response-20-actions.json");
    static final Path KLAVIS = Path.of("../testdata/klavis/klavis-actions.json");
    static final ObjectMapper JSON = new ObjectMapper();
    /** javac against the test class path, for generated sources and the probes beside them. */
    static final Javac JAVAC = Javac.withTestClassPath();

    private TestCatalogs() {}

    /** Parses a catalog written in JSON with single quotes for readability. */
    static ActionCatalog of(String singleQuotedJson) {
        return CatalogJson.parse(singleQuotedJson.replace('\'', '"')
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Returns a catalog of one integration with one action of the given parameter schema. */
    static ActionCatalog oneAction(String integration, String action, String schemaJson) {
        return of("{'actions':{'" + integration + "':[{'type':'function','function':{'name':'"
                + action + "','description':'','parameters':" + schemaJson + "}}]}}");
    }

    /** Parses JSON text. */
    static ObjectNode object(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Generates {@code catalog} into {@code directory}; returns the diagnostics reported. */
    static List<Diagnostic> generate(ActionCatalog catalog, Path directory, String packageName) {
        List<Diagnostic> reported = new ArrayList<>();
        CodeGenerator.generate(GenerationRequest.builder().catalog(catalog)
                .outputDirectory(directory).packageName(packageName).build(), reported::add);
        return reported;
    }
}
