package dev.actionkit.runtime.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.actionkit.runtime.CatalogFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes catalogs in the {@code GET /actions} response shape: the one parser shared by
 * the runtime client, the code generator and the Maven plugin.
 *
 * <p>Reading accepts the {@code actions} key and the newer {@code tools} key, and keeps the
 * {@code errors} array. Writing produces the snapshot form: integrations and actions sorted by
 * name, schemas as received, two-space indentation, LF line endings and a trailing newline, so
 * that equal catalogs give equal bytes on every operating system.
 */
public final class CatalogJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter SNAPSHOT_WRITER = MAPPER.writer(snapshotPrinter());

    private CatalogJson() {}

    /**
     * Parses a list response.
     *
     * @throws CatalogFormatException if the bytes are not JSON or not in the response shape; the
     *     message names the JSON pointer of the first problem
     */
    public static ActionCatalog parse(byte[] json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new CatalogFormatException("", "is not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
                            + ", column " + e.getLocation().getColumnNr() + ")"));
        } catch (IOException e) {
            throw new CatalogFormatException("", "could not be read: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new CatalogFormatException("", "is empty");
        }
        return parse(root);
    }

    /** Parses a list response that was already read as JSON. */
    public static ActionCatalog parse(JsonNode root) {
        if (!root.isObject()) {
            throw new CatalogFormatException("", "must be a JSON object with an \"actions\" key, "
                    + "found " + describe(root));
        }
        String key = root.has("actions") ? "actions" : root.has("tools") ? "tools" : null;
        if (key == null) {
            throw new CatalogFormatException("", "has neither an \"actions\" nor a \"tools\" key");
        }
        JsonNode integrations = root.get(key);
        if (!integrations.isObject()) {
            throw new CatalogFormatException("/" + key, "must be an object of integration keys, "
                    + "found " + describe(integrations));
        }
        Map<String, List<ActionDefinition>> byIntegration = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : integrations.properties()) {
            String pointer = "/" + key + "/" + escapePointer(entry.getKey());
            byIntegration.put(entry.getKey(),
                    parseActions(entry.getKey(), entry.getValue(), pointer));
        }
        return new ActionCatalog(byIntegration, parseErrors(root.get("errors")));
    }

    private static List<ActionDefinition> parseActions(String integration, JsonNode list,
            String pointer) {
        if (!list.isArray()) {
            throw new CatalogFormatException(pointer, "must be an array of actions, found "
                    + describe(list));
        }
        List<ActionDefinition> actions = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            actions.add(parseAction(integration, list.get(i), pointer + "/" + i));
        }
        return actions;
    }

    private static ActionDefinition parseAction(String integration, JsonNode item, String pointer) {
        if (!item.isObject()) {
            throw new CatalogFormatException(pointer, "must be an action object, found "
                    + describe(item));
        }
        JsonNode function = item.has("function") ? item.get("function") : item;
        String functionPointer = item.has("function") ? pointer + "/function" : pointer;
        if (!function.isObject()) {
            throw new CatalogFormatException(functionPointer, "must be an object, found "
                    + describe(function));
        }
        JsonNode name = function.get("name");
        if (name == null || !name.isTextual() || name.asText().isBlank()) {
            throw new CatalogFormatException(functionPointer + "/name",
                    "must be a non-empty string, found " + describe(name));
        }
        JsonNode description = function.get("description");
        if (description != null && !description.isNull() && !description.isTextual()) {
            throw new CatalogFormatException(functionPointer + "/description",
                    "must be a string, found " + describe(description));
        }
        JsonNode parameters = function.get("parameters");
        if (parameters == null || parameters.isNull()) {
            parameters = JsonNodeFactory.instance.objectNode();
        } else if (!parameters.isObject()) {
            throw new CatalogFormatException(functionPointer + "/parameters",
                    "must be a JSON Schema object, found " + describe(parameters));
        }
        return new ActionDefinition(integration, name.asText(),
                description == null || description.isNull() ? "" : description.asText(),
                parameters);
    }

    private static List<JsonNode> parseErrors(JsonNode errors) {
        if (errors == null || errors.isNull()) {
            return List.of();
        }
        if (!errors.isArray()) {
            return List.of(errors);
        }
        List<JsonNode> items = new ArrayList<>(errors.size());
        errors.forEach(items::add);
        return items;
    }

    /** Returns the catalog as a list response object, in the catalog's own order. */
    public static ObjectNode toJson(ActionCatalog catalog) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode actions = root.putObject("actions");
        catalog.integrations().forEach((integration, definitions) -> {
            ArrayNode list = actions.putArray(integration);
            for (ActionDefinition definition : definitions) {
                ObjectNode item = list.addObject();
                item.put("type", "function");
                ObjectNode function = item.putObject("function");
                function.put("name", definition.name());
                function.put("description", definition.description());
                function.set("parameters", definition.parametersView());
            }
        });
        ArrayNode errors = root.putArray("errors");
        catalog.errors().forEach(errors::add);
        return root;
    }

    /**
     * Returns the snapshot form of the catalog: sorted, pretty-printed with LF line endings and a
     * trailing newline, UTF-8. Equal catalogs give equal bytes.
     */
    public static byte[] toSnapshot(ActionCatalog catalog) {
        try {
            String text = SNAPSHOT_WRITER.writeValueAsString(toJson(catalog.sorted())) + "\n";
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a catalog tree could not be written", e);
        }
    }

    private static DefaultPrettyPrinter snapshotPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    /** Escapes a key for use in a JSON pointer (RFC 6901). */
    public static String escapePointer(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
