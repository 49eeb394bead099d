package dev.actionkit.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.resource.SchemaLoader;
import dev.actionkit.runtime.ActionDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks arguments against an action's JSON Schema with networknt's validator. Each schema is
 * compiled once and kept; a {@code $ref} outside the schema is never fetched, so validation
 * makes no network call; every {@code pattern} match runs within a budget.
 */
final class ArgumentValidator {

    /**
     * Draft 7 when a schema names none: what OpenAI-style tool schemas are written in. Patterns
     * run within a budget ({@link BoundedRegularExpressions}): they come from the catalog, the
     * values from a model that prompt injection can steer.
     */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_7,
            builder -> builder.schemaLoader(new SchemaLoader(iri -> null))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .regularExpressionFactory(BoundedRegularExpressions.FACTORY)
                            .build()));

    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    /**
     * Returns every violation, in words a model can act on; empty when the arguments fit.
     *
     * @throws IllegalStateException if the action's schema itself cannot be used, e.g. it refers
     *     to a remote schema; the message names the action
     */
    List<String> violations(ActionDescriptor action, JsonNode arguments) {
        try {
            Schema schema = compiled.computeIfAbsent(action.name(),
                    name -> REGISTRY.getSchema(action.parametersSchemaJson()));
            List<String> violations = new ArrayList<>();
            for (Error error : schema.validate(arguments)) {
                violations.add(describe(error));
            }
            return violations;
        } catch (RuntimeException e) {
            throw new IllegalStateException("the schema of " + action.name()
                    + " cannot be used to check arguments: " + e.getMessage(), e);
        }
    }

    /** Prefixes the JSON pointer of the offending value, e.g. {@code /memberId: ...}. */
    private static String describe(Error error) {
        String location = error.getInstanceLocation().toString();
        String message = error.getMessage();
        return location.isEmpty() || location.equals("$") || message.startsWith(location)
                ? message
                : location + ": " + message;
    }
}
