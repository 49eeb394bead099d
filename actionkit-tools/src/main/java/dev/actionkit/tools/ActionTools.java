package dev.actionkit.tools;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.actionkit.runtime.ActionDescriptor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable set of ActionKit actions offered to a model as tools, built from the descriptors
 * that generated code carries, so no call to {@code GET /actions} is needed at runtime.
 *
 * <pre>{@code
 * ActionTools tools = ActionTools.of(Actions.descriptors()).onlyIntegrations("slack", "gmail");
 * ArrayNode forOpenAi = tools.toOpenAiJson();        // "tools" of a chat completion request
 * ArrayNode forAnthropic = tools.toAnthropicJson();  // "tools" of a messages request
 * }</pre>
 *
 * <p>A tool's name is the action name, e.g. {@code SLACK_SEND_MESSAGE}, when every model API
 * accepts it ({@code [a-zA-Z_][a-zA-Z0-9_-]*}, at most 64 characters); any other action gets a
 * deterministic name that fits, {@link #toolName(String)}, which {@link #find(String)} and
 * {@link ToolCallRunner} map back to the action. Its parameters are the action's JSON Schema
 * exactly as the catalog gave it.
 */
public final class ActionTools {

    private final Map<String, ActionDescriptor> byName;
    private final Map<String, String> toolNames;
    private final Map<String, ActionDescriptor> byToolName = new LinkedHashMap<>();

    private ActionTools(Map<String, ActionDescriptor> byName) {
        this.byName = byName;
        this.toolNames = ToolNames.assign(byName.keySet());
        toolNames.forEach((action, tool) -> byToolName.put(tool, byName.get(action)));
    }

    /**
     * Returns the tools for these actions, in the given order. ActionKit runs actions by name, so
     * an action listed under two integrations (real catalogs do this) is offered once, under the
     * first.
     */
    public static ActionTools of(Collection<ActionDescriptor> descriptors) {
        Map<String, ActionDescriptor> byName = new LinkedHashMap<>();
        for (ActionDescriptor descriptor : descriptors) {
            byName.putIfAbsent(descriptor.name(), descriptor);
        }
        return new ActionTools(byName);
    }

    /** Returns only the tools of the given integration keys, e.g. {@code "slack"}. */
    public ActionTools onlyIntegrations(String... integrationKeys) {
        Set<String> keys = Set.of(integrationKeys);
        Map<String, ActionDescriptor> kept = new LinkedHashMap<>();
        byName.forEach((name, descriptor) -> {
            if (keys.contains(descriptor.integration())) {
                kept.put(name, descriptor);
            }
        });
        return new ActionTools(kept);
    }

    /** Returns the typed descriptors, in order. */
    public List<ActionDescriptor> descriptors() {
        return List.copyOf(byName.values());
    }

    /**
     * Returns the tool of that exact name: a tool name as the model was given it, or an action
     * name. The two never point at different actions: an action name that is not its own tool
     * name does not fit the tool-name rule, so no tool name equals it.
     */
    public Optional<ActionDescriptor> find(String name) {
        ActionDescriptor byTool = byToolName.get(name);
        return Optional.ofNullable(byTool != null ? byTool : byName.get(name));
    }

    /**
     * Returns the name the action is offered to a model under: the action name when it fits
     * every model API, else its first characters (others replaced by {@code _}), {@code _} and
     * 8 hex digits of its SHA-256, at most 64 characters in all.
     *
     * @throws IllegalArgumentException if the action is not one of these tools
     */
    public String toolName(String actionName) {
        String tool = toolNames.get(actionName);
        if (tool == null) {
            throw new IllegalArgumentException("not one of these tools: " + actionName);
        }
        return tool;
    }

    /** Returns the number of tools. */
    public int size() {
        return byName.size();
    }

    /**
     * Returns the tools in the OpenAI function-tool shape:
     * {@code [{"type": "function", "function": {"name", "description", "parameters"}}]}.
     */
    public ArrayNode toOpenAiJson() {
        ArrayNode tools = JsonNodeFactory.instance.arrayNode();
        for (ActionDescriptor descriptor : byName.values()) {
            ObjectNode function = tools.addObject().put("type", "function").putObject("function");
            function.put("name", toolName(descriptor.name()));
            function.put("description", descriptor.description());
            function.set("parameters", descriptor.parametersSchema());
        }
        return tools;
    }

    /**
     * Returns the tools in the Anthropic shape:
     * {@code [{"name", "description", "input_schema"}]}.
     */
    public ArrayNode toAnthropicJson() {
        ArrayNode tools = JsonNodeFactory.instance.arrayNode();
        for (ActionDescriptor descriptor : byName.values()) {
            ObjectNode tool = tools.addObject();
            tool.put("name", toolName(descriptor.name()));
            tool.put("description", descriptor.description());
            tool.set("input_schema", descriptor.parametersSchema());
        }
        return tools;
    }

    @Override
    public String toString() {
        return "ActionTools" + byName.keySet();
    }
}
