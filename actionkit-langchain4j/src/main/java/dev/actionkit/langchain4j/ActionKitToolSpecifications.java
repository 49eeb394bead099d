package dev.actionkit.langchain4j;

import com.fasterxml.jackson.databind.JsonNode;
import dev.actionkit.runtime.ActionDescriptor;
import dev.actionkit.tools.ActionTools;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns ActionKit actions into LangChain4j {@link ToolSpecification}s without losing any of the
 * schema: each property's schema is handed over as it is ({@link JsonRawSchema}), so unions,
 * enums, formats and nested objects reach the model exactly as ActionKit wrote them.
 */
public final class ActionKitToolSpecifications {

    private ActionKitToolSpecifications() {}

    /**
     * Returns one specification per tool, in order, each named by
     * {@link ActionTools#toolName(String)}: a name every model API accepts, which
     * {@link ActionKitToolExecutor} maps back to the action.
     */
    public static List<ToolSpecification> of(ActionTools tools) {
        List<ToolSpecification> specifications = new ArrayList<>(tools.size());
        for (ActionDescriptor descriptor : tools.descriptors()) {
            specifications.add(of(descriptor, tools.toolName(descriptor.name())));
        }
        return specifications;
    }

    /**
     * Returns the specification of one action: its name (as {@link ActionTools} would offer it
     * alone), description and parameters.
     */
    public static ToolSpecification of(ActionDescriptor descriptor) {
        ActionTools alone = ActionTools.of(List.of(descriptor));
        return of(descriptor, alone.toolName(descriptor.name()));
    }

    private static ToolSpecification of(ActionDescriptor descriptor, String toolName) {
        return ToolSpecification.builder()
                .name(toolName)
                .description(descriptor.description())
                .parameters(parameters(descriptor.parametersSchema()))
                .build();
    }

    /**
     * The root object: properties as raw schemas, {@code required} limited to properties that
     * exist (real catalogs name missing ones), {@code additionalProperties} and definitions kept.
     */
    private static JsonObjectSchema parameters(JsonNode schema) {
        JsonObjectSchema.Builder root = JsonObjectSchema.builder();
        JsonNode properties = schema.path("properties");
        Map<String, JsonSchemaElement> elements = new LinkedHashMap<>();
        properties.fields().forEachRemaining(
                property -> elements.put(property.getKey(), raw(property.getValue())));
        root.addProperties(elements);
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> {
            if (name.isTextual() && properties.has(name.asText()) && !required.contains(name.asText())) {
                required.add(name.asText());
            }
        });
        root.required(required);
        if (schema.path("additionalProperties").isBoolean()) {
            root.additionalProperties(schema.get("additionalProperties").asBoolean());
        }
        Map<String, JsonSchemaElement> definitions = new LinkedHashMap<>();
        for (String key : List.of("$defs", "definitions")) {
            schema.path(key).fields().forEachRemaining(
                    definition -> definitions.put(definition.getKey(), raw(definition.getValue())));
        }
        if (!definitions.isEmpty()) {
            root.definitions(definitions);
        }
        return root.build();
    }

    private static JsonRawSchema raw(JsonNode schema) {
        return JsonRawSchema.from(schema.toString());
    }
}
