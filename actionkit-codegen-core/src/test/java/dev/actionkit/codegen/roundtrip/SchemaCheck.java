package dev.actionkit.codegen.roundtrip;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.resource.SchemaLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a drawn document against its schema with networknt's draft-7 validator, so that the
 * round trip is only ever asked to keep documents the schema really allows. OpenAPI's
 * {@code nullable: true}, which real catalogs use, is read as a type array with {@code null}.
 */
final class SchemaCheck {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_7,
            builder -> builder.schemaLoader(new SchemaLoader(iri -> null)));

    private final Schema compiled;

    /** Compiles {@code schema} once for all the documents drawn from it. */
    SchemaCheck(JsonNode schema) {
        this.compiled = REGISTRY.getSchema(withNullable(schema.deepCopy()));
    }

    /** Returns the validator's complaints; empty when {@code document} fits the schema. */
    List<String> violations(JsonNode document) {
        List<String> out = new ArrayList<>();
        for (Error error : compiled.validate(document)) {
            out.add(error.getInstanceLocation() + ": " + error.getMessage());
        }
        return out;
    }

    private static JsonNode withNullable(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (object.path("nullable").asBoolean(false) && object.path("type").isTextual()) {
                ArrayNode types = object.arrayNode().add(object.get("type")).add("null");
                object.set("type", types);
            }
        }
        node.forEach(SchemaCheck::withNullable);
        return node;
    }
}
