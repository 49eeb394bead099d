package dev.actionkit.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.actionkit.codegen.diagnostic.CatalogProblemsException;
import dev.actionkit.codegen.diagnostic.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("CodeGenerator validates the request and the catalog before writing anything")
class CodeGeneratorTest {

    private static final String TWO = "{'actions':{'slack':[{'type':'function','function':{"
            + "'name':'SLACK_SEND_MESSAGE','description':'Send','parameters':{'type':'object',"
            + "'properties':{'channel':{'type':'string'},'message':{'type':'string'}},"
            + "'required':['channel','message']}}},{'type':'function','function':{"
            + "'name':'SLACK_LIST_USERS','parameters':{}}}]}}";

    @Test
    @DisplayName("a package name that is not a Java package is refused with the exact message")
    void packageName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GenerationRequest.builder().catalog(TestCatalogs.of(TWO))
                        .outputDirectory(Path.of("x")).packageName("com.class.x").build());
        assertThat(e).hasMessage("packageName is not a Java package name: \"com.class.x\"");
        NullPointerException missing = assertThrows(NullPointerException.class,
                () -> GenerationRequest.builder().outputDirectory(Path.of("x")).build());
        assertThat(missing).hasMessage("catalog == null");
    }

    @Test
    @DisplayName("an action listed twice with different schemas fails with every location and "
            + "writes nothing")
    void duplicateNames(@TempDir Path dir) {
        String catalog = "{'actions':{'a':[{'type':'function','function':{'name':'X_RUN',"
                + "'parameters':{}}}],'b':[{'type':'function','function':{'name':'X_RUN',"
                + "'parameters':{'type':'object','properties':{'q':{}}}}}]}}";
        List<Diagnostic> reported = new ArrayList<>();
        CatalogProblemsException e = assertThrows(CatalogProblemsException.class,
                () -> CodeGenerator.generate(request(TestCatalogs.of(catalog), dir).build(),
                        reported::add));
        assertThat(e).hasMessage("The ActionKit catalog cannot be generated (1 problem):\n"
                + "ERROR [duplicate-action-name] a/X_RUN#: the action name X_RUN is listed 2 "
                + "times with different definitions: a/X_RUN, b/X_RUN");
        assertThat(reported).isEqualTo(e.problems());
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    @DisplayName("patterns, integrations and optional parameters that match nothing are warnings")
    void unmatchedSelection(@TempDir Path dir) {
        GenerationResult result = CodeGenerator.generate(request(TestCatalogs.of(TWO), dir)
                .selection(new ActionSelection(Set.of("slack", "jira"), List.of("SLACK_*",
                        "NOPE_*"), List.of("SLACK_LIST_?SERS", "GONE")))
                .optionalParameters(Set.of("SLACK_SEND_MESSAGE.message", "SLACK_SEND_MESSAGE.x"))
                .build(), GenerationListener.ignoring());
        assertThat(result.actions()).isEqualTo(1);
        assertThat(result.warnings()).extracting(Diagnostic::toString).containsExactly(
                "WARNING [selection-matches-nothing] integrations/jira: the catalog has no "
                        + "integration \"jira\"",
                "WARNING [selection-matches-nothing] includes/NOPE_*: the pattern \"NOPE_*\" "
                        + "matches no action of the catalog",
                "WARNING [selection-matches-nothing] excludes/GONE: the pattern \"GONE\" matches "
                        + "no action of the catalog",
                "WARNING [optional-parameter-matches-nothing] optionalParameters/"
                        + "SLACK_SEND_MESSAGE.x: \"SLACK_SEND_MESSAGE.x\" names no parameter of a "
                        + "selected action (expected ACTION_NAME.wireName)");
    }

    @Test
    @DisplayName("generation is deterministic: the same request gives the same bytes, and a "
            + "second run touches nothing")
    void deterministic(@TempDir Path dir) throws Exception {
        GenerationResult first = CodeGenerator.generate(request(
                CodeGenerator.readCatalog(TestCatalogs.SAMPLE), dir).build(),
                GenerationListener.ignoring());
        GenerationResult second = CodeGenerator.generate(request(
                CodeGenerator.readCatalog(TestCatalogs.SAMPLE), dir).build(),
                GenerationListener.ignoring());
        assertThat(first.filesWritten()).isEqualTo(53);
        assertThat(second.filesWritten()).isZero();
        assertThat(second.filesUnchanged()).isEqualTo(53);
        assertThat(CodeGenerator.upToDate(dir.resolve("out"), "fp-1")).contains(
                new GenerationResult(first.integrations(), first.actions(), 0, 53, 0, List.of()));
        assertThat(CodeGenerator.upToDate(dir.resolve("out"), "fp-2")).isEmpty();
        assertThat(Files.readString(dir.resolve("out/com/acme/Actions.java")))
                .startsWith("// Generated by ActionKit Codegen, do not edit.\n")
                .doesNotContain("\r");
    }

    private static GenerationRequest.Builder request(dev.actionkit.runtime.catalog.ActionCatalog
            catalog, Path dir) {
        return GenerationRequest.builder().catalog(catalog).outputDirectory(dir.resolve("out"))
                .packageName("com.acme").fingerprint("fp-1");
    }
}
