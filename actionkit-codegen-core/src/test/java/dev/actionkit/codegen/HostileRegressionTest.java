package dev.actionkit.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.actionkit.codegen.diagnostic.CatalogProblemsException;
import dev.actionkit.codegen.diagnostic.Diagnostic;
import dev.actionkit.runtime.catalog.ActionCatalog;
import dev.actionkit.runtime.catalog.CatalogJson;
import dev.actionkit.testkit.Javac;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One example per generator bug that the hostile-catalog properties
 * ({@code property.GeneratorProperties}) found, each as a minimal catalog.
 */
@DisplayName("Catalogs the jqwik properties found to break the generator now generate or fail "
        + "with a located problem")
class HostileRegressionTest {

    @Test
    @DisplayName("an action listed twice, identically, under the same integration is generated "
            + "once with a warning (it crashed with 'duplicate key')")
    void equalListingTwiceInOneIntegration(@TempDir Path dir) throws Exception {
        // given
        String action = "{'type':'function','function':{'name':'SLACK_class','description':'',"
                + "'parameters':{'type':'object','properties':{}}}}";
        // when
        List<Diagnostic> reported = TestCatalogs.generate(TestCatalogs.of(
                "{'actions':{'slack':[" + action + "," + action + "]}}"), dir.resolve("src"),
                "com.acme.twice");
        Javac.Outcome outcome = TestCatalogs.JAVAC.compile(dir.resolve("src"), dir.resolve("cls"));
        // then
        assertThat(reported).extracting(Diagnostic::toString).containsExactly(
                "WARNING [duplicate-action-listing] slack/SLACK_class#: the action SLACK_class "
                        + "is listed identically under slack/SLACK_class, slack/SLACK_class; "
                        + "generated once, under slack");
        assertThat(outcome.success()).as(outcome.diagnostics()).isTrue();
        List<?> descriptors = (List<?>) outcome.classLoader()
                .loadClass("com.acme.twice.Actions").getMethod("descriptors").invoke(null);
        assertThat(descriptors).hasSize(1);
    }

    @Test
    @DisplayName("300-character names give type names of at most 128 characters (a file name "
            + "of over 255 bytes failed the write)")
    void longNames(@TempDir Path dir) throws Exception {
        // given
        String key = "k".repeat(300);
        String name = "A".repeat(300);
        String property = "p".repeat(300);
        // when
        TestCatalogs.generate(TestCatalogs.oneAction(key, name, "{'type':'object',"
                + "'properties':{'" + property + "':{'type':'object','properties':{'x':{}}}}}"),
                dir.resolve("src"), "com.acme.lengthy");
        Javac.Outcome outcome = TestCatalogs.JAVAC.compile(dir.resolve("src"), dir.resolve("cls"));
        // then
        assertThat(outcome.success()).as(outcome.diagnostics()).isTrue();
        try (Stream<Path> files = Files.list(dir.resolve("src/com/acme/lengthy"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "Actions.java", "K" + "k".repeat(56) + "k".repeat(64) + "Actions.java",
                    "A" + "a".repeat(63) + "a".repeat(58) + "Params.java",
                    "A" + "a".repeat(63) + "p".repeat(64) + ".java");
        }
    }

    @Test
    @DisplayName("a warning inside the one non-null branch of a union points into that branch "
            + "(it pointed at the union's parent, where nothing is)")
    void warningInsideSingleBranchUnion(@TempDir Path dir) {
        // given
        String schema = "{'type':'object','properties':{"
                + "'x':{'anyOf':[{'$ref':'#/nope'},{'type':'null'}]},"
                + "'y':{'oneOf':[{'type':'null'},{'type':'object','properties':{'a':{}},"
                + "'required':['b']}]}}}";
        // when
        List<Diagnostic> reported = TestCatalogs.generate(
                TestCatalogs.oneAction("slack", "SLACK_UNION", schema), dir, "com.acme.union");
        // then
        assertThat(reported).extracting(Diagnostic::location).containsExactly(
                "slack/SLACK_UNION#/properties/x/anyOf/0/$ref",
                "slack/SLACK_UNION#/properties/y/oneOf/1/required/0");
    }

    @Test
    @DisplayName("a $ref to an anchor (#foo) is a located warning (it crashed inside Jackson: "
            + "'JSON Pointer expression must start with /')")
    void anchorReference(@TempDir Path dir) {
        // when
        List<Diagnostic> reported = TestCatalogs.generate(TestCatalogs.oneAction("slack",
                "SLACK_REF", "{'type':'object','properties':{'a':{'$ref':'#foo'}}}"), dir,
                "com.acme.anchor");
        // then
        assertThat(reported).extracting(Diagnostic::toString).containsExactly(
                "WARNING [unresolved-ref] slack/SLACK_REF#/properties/a/$ref: \"#foo\" names an "
                        + "anchor, not a JSON pointer; anchors are not followed, it is mapped to "
                        + "a JSON value");
    }

    @Test
    @DisplayName("an action name with a lone surrogate fails with a located error (generated "
            + "code silently ran U+FFFD instead)")
    void loneSurrogateActionName(@TempDir Path dir) {
        // given
        ActionCatalog catalog = CatalogJson.parse(("{\"actions\":{\"slack\":[{\"type\":"
                + "\"function\",\"function\":{\"name\":\"SLACK_\\ud800\"}}]}}")
                .getBytes(StandardCharsets.US_ASCII));
        // when
        CatalogProblemsException e = assertThrows(CatalogProblemsException.class,
                () -> TestCatalogs.generate(catalog, dir.resolve("out"), "com.acme.lone"));
        // then
        assertThat(e.problems()).extracting(Diagnostic::toString).containsExactly(
                "ERROR [unsendable-action-name] slack/SLACK_\ud800#: the action name has a lone "
                        + "surrogate (U+D800), so it cannot be sent as UTF-8 JSON; exclude the "
                        + "action with excludes");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    @DisplayName("additionalProperties with only a description is free-form like {} (the "
            + "description turned the property into a Map)")
    void descriptionOnlyValueSchema(@TempDir Path dir) throws Exception {
        // given
        String schema = "{'type':'object','properties':{"
                + "'described':{'type':'object','additionalProperties':{'description':'any'}},"
                + "'blank':{'type':'object','additionalProperties':{}},"
                + "'typed':{'type':'object','additionalProperties':{'type':'string',"
                + "'description':'text'}}}}";
        // when
        TestCatalogs.generate(TestCatalogs.oneAction("slack", "SLACK_MAP", schema), dir,
                "com.acme.map");
        // then
        assertThat(Files.readString(dir.resolve("com/acme/map/SlackMapParams.java")))
                .contains("private JsonNode described;", "private JsonNode blank;",
                        "private Map<String, String> typed;");
    }
}
