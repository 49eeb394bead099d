package dev.actionkit.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.actionkit.runtime.catalog.ActionDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * What generated code knows of one action without calling ActionKit: its integration, exact
 * name, description and the JSON Schema of its parameters as the catalog gave it. Applications
 * hand these to LLMs as tool definitions.
 *
 * @param integration the integration key, e.g. {@code slack}
 * @param name the exact action name, e.g. {@code SLACK_SEND_MESSAGE}
 * @param description the description, possibly empty
 * @param parametersSchemaJson the parameters' JSON Schema, as JSON text
 */
public record ActionDescriptor(
        String integration, String name, String description, String parametersSchemaJson) {

    /** Checks that no part is null. */
    public ActionDescriptor {
        Objects.requireNonNull(integration, "integration == null");
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(description, "description == null");
        Objects.requireNonNull(parametersSchemaJson, "parametersSchemaJson == null");
    }

    /**
     * Returns the descriptor of an action of a catalog, e.g. one listed at runtime: the same
     * integration, name, description and schema (as JSON text).
     *
     * @param action an action of a catalog
     * @return its descriptor
     */
    public static ActionDescriptor of(ActionDefinition action) {
        return new ActionDescriptor(action.integration(), action.name(), action.description(),
                action.parametersView().toString());
    }

    /** Returns the parameters' JSON Schema, parsed. */
    public JsonNode parametersSchema() {
        try {
            return Json.MAPPER.readTree(parametersSchemaJson);
        } catch (IOException e) {
            throw new UncheckedIOException("the schema of " + name + " is not JSON", e);
        }
    }
}
