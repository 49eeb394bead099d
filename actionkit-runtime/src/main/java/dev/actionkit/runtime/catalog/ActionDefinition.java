package dev.actionkit.runtime.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One action of a catalog as ActionKit describes it: its integration, its exact name, its
 * description and the JSON Schema of its parameters, kept exactly as received.
 *
 * @param integration the integration key the action was listed under, e.g. {@code googledrive}
 * @param name the action name, e.g. {@code SLACK_SEND_MESSAGE}
 * @param description the description, possibly empty, never {@code null}
 * @param parameters the JSON Schema of the parameters, as received (a defensive copy)
 */
public record ActionDefinition(
        String integration, String name, String description, JsonNode parameters) {

    /** Checks that no part is null and copies the schema. */
    public ActionDefinition {
        Objects.requireNonNull(integration, "integration == null");
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(description, "description == null");
        Objects.requireNonNull(parameters, "parameters == null");
        parameters = parameters.deepCopy();
    }

    /** Returns a copy of the parameter schema: the record stays immutable. */
    @Override
    public JsonNode parameters() {
        return parameters.deepCopy();
    }

    /**
     * Returns the parameter schema without copying it. Callers must not modify it; the code
     * generator reads large catalogs through this method to avoid a copy per access.
     */
    public JsonNode parametersView() {
        return parameters;
    }
}
