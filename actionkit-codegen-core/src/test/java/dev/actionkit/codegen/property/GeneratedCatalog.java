package dev.actionkit.codegen.property;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A catalog made by {@link Catalogs}, kept as plain values so that jqwik can shrink it and print
 * it: its {@link #toString()} is the catalog JSON, with non-ASCII characters escaped so that lone
 * surrogates survive and the failure report can be pasted into a test.
 *
 * @param integrations the integrations in catalog order; keys are distinct
 */
public record GeneratedCatalog(List<Integration> integrations) {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectWriter WRITER = new ObjectMapper().writer()
            .with(JsonWriteFeature.ESCAPE_NON_ASCII);

    public GeneratedCatalog {
        integrations = List.copyOf(integrations);
    }

    /**
     * One integration of the catalog.
     *
     * @param key the integration key
     * @param actions its actions in listing order; a name may repeat (hostile on purpose)
     */
    public record Integration(String key, List<Action> actions) {

        public Integration {
            Objects.requireNonNull(key, "key == null");
            actions = List.copyOf(actions);
        }
    }

    /**
     * One listed action.
     *
     * @param name the action name, possibly hostile or blank
     * @param description the description, possibly hostile
     * @param parameters the parameter schema (any JSON value); a missing node leaves the key
     *     out
     */
    public record Action(String name, String description, JsonNode parameters) {

        public Action {
            Objects.requireNonNull(name, "name == null");
            Objects.requireNonNull(description, "description == null");
            Objects.requireNonNull(parameters, "parameters == null");
        }
    }

    /** Returns the catalog in the {@code GET /actions} response shape. */
    public ObjectNode toJson() {
        ObjectNode root = JSON.objectNode();
        ObjectNode actions = root.putObject("actions");
        for (Integration integration : integrations) {
            ArrayNode list = actions.putArray(integration.key());
            for (Action action : integration.actions()) {
                ObjectNode function = list.addObject().put("type", "function")
                        .putObject("function");
                function.put("name", action.name()).put("description", action.description());
                if (!action.parameters().isMissingNode()) {
                    function.set("parameters", action.parameters());
                }
            }
        }
        root.putArray("errors");
        return root;
    }

    /** Returns the catalog as the bytes a server would send (ASCII-only JSON). */
    public byte[] toBytes() {
        return toString().getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Returns the same catalog with every description left empty: action descriptions and the
     * {@code description} keyword of every schema, and nothing else (a property named
     * {@code description} keeps its name).
     */
    public GeneratedCatalog withoutDescriptions() {
        return new GeneratedCatalog(integrations.stream().map(i -> new Integration(i.key(),
                i.actions().stream().map(a -> new Action(a.name(), "",
                        SchemaWalk.withoutDescriptions(a.parameters()))).toList())).toList());
    }

    /** Returns the distinct action names, in catalog order. */
    public Set<String> actionNames() {
        Set<String> names = new LinkedHashSet<>();
        integrations.forEach(i -> i.actions().forEach(a -> names.add(a.name())));
        return names;
    }

    /** Returns, for each action name, the integration keys it is listed under. */
    public Map<String, Set<String>> listings() {
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        integrations.forEach(i -> i.actions().forEach(a ->
                keys.computeIfAbsent(a.name(), n -> new LinkedHashSet<>()).add(i.key())));
        return keys;
    }

    /** Returns the deepest nesting of any parameter schema (see {@link SchemaWalk#depth}). */
    public int maxSchemaDepth() {
        return integrations.stream().flatMap(i -> i.actions().stream())
                .mapToInt(a -> SchemaWalk.depth(a.parameters())).max().orElse(0);
    }

    /** Returns the catalog JSON, ASCII-only. */
    @Override
    public String toString() {
        try {
            return WRITER.writeValueAsString(toJson());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a catalog tree could not be written", e);
        }
    }
}
