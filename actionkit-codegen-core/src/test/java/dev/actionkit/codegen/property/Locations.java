package dev.actionkit.codegen.property;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.actionkit.codegen.diagnostic.Diagnostic;
import dev.actionkit.runtime.CatalogFormatException;
import dev.actionkit.runtime.catalog.ActionCatalog;
import dev.actionkit.runtime.catalog.ActionDefinition;
import java.util.List;

/**
 * Checks that a problem really says where it is: a parser problem's JSON pointer leads into
 * the catalog's {@code actions}, and a generator diagnostic's location is
 * {@code integration/ACTION#pointer} for an action the catalog lists under that integration,
 * with a pointer that resolves inside that action's parameter schema.
 */
final class Locations {

    private Locations() {}

    /**
     * Asserts that the parser's pointer names a place inside {@code actions}, or, for text that
     * Jackson cannot read at all (an escaped lone surrogate in a key), that the message gives
     * the line and column.
     */
    static void assertLocated(CatalogFormatException problem, GeneratedCatalog catalog) {
        String pointer = problem.pointer();
        if (pointer.isEmpty()) {
            assertThat(problem.getMessage()).matches("(?s)catalog: is not valid JSON: .*"
                    + "\\(line \\d+, column \\d+\\)");
            return;
        }
        assertThat(pointer).as(problem.getMessage()).startsWith("/actions/");
        assertThat(problem.getMessage()).contains(pointer);
        JsonNode json = catalog.toJson();
        JsonPointer parent = JsonPointer.compile(pointer).head();
        assertThat(json.at(parent).isMissingNode())
                .as("the parent of %s exists in the catalog", pointer).isFalse();
    }

    /** Asserts that every diagnostic names an action of {@code catalog} and a real place. */
    static void assertLocated(List<Diagnostic> diagnostics, ActionCatalog catalog) {
        for (Diagnostic diagnostic : diagnostics) {
            assertThat(diagnostic.tag()).as(diagnostic.toString()).matches("[a-z]+(-[a-z]+)*");
            assertThat(diagnostic.message()).as(diagnostic.toString()).isNotBlank();
            assertThat(resolves(diagnostic.location(), catalog))
                    .as("the location of %s names a listed action and a place in its schema",
                            diagnostic)
                    .isTrue();
        }
    }

    private static boolean resolves(String location, ActionCatalog catalog) {
        for (ActionDefinition action : catalog.actions()) {
            String prefix = action.integration() + "/" + action.name() + "#";
            if (!location.startsWith(prefix)) {
                continue;
            }
            String pointer = location.substring(prefix.length());
            if (pointer.isEmpty()) {
                return true;
            }
            if (pointer.startsWith("/") && !action.parametersView()
                    .at(JsonPointer.compile(pointer)).isMissingNode()) {
                return true;
            }
        }
        return false;
    }
}
