package dev.actionkit.tools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.actionkit.runtime.ActionDescriptor;
import dev.actionkit.runtime.ActionKitApiException;
import dev.actionkit.runtime.ActionKitClient;
import dev.actionkit.runtime.ActionResult;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Runs a model's tool call (a tool name and its arguments as JSON text) through an
 * {@link ActionKitClient}, after checking the arguments against the action's schema: an unknown
 * tool or invalid arguments never reach ActionKit.
 *
 * <pre>{@code
 * ToolCallRunner runner = new ToolCallRunner(tools);          // share it: schemas compile once
 * String reply = runner.runForModel(client.forUser(token), call.name(), call.arguments());
 * }</pre>
 *
 * <p>Thread-safe. The client is passed per call, so one runner serves every user.
 */
public final class ToolCallRunner {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ActionTools tools;
    private final ArgumentValidator validator = new ArgumentValidator();

    /** Returns a runner for these tools. */
    public ToolCallRunner(ActionTools tools) {
        this.tools = Objects.requireNonNull(tools, "tools == null");
    }

    /**
     * Checks the call and returns the arguments as JSON.
     *
     * @param toolName the tool name the model used ({@link ActionTools#toolName}) or the action
     *     name
     * @throws ToolCallRejectedException if the tool is unknown or the arguments do not fit
     */
    public JsonNode check(String toolName, String argumentsJson) {
        return checked(toolName, argumentsJson).arguments();
    }

    /** A call that passed the checks: the action it names and its arguments. */
    private record Checked(ActionDescriptor action, JsonNode arguments) {}

    private Checked checked(String toolName, String argumentsJson) {
        Objects.requireNonNull(toolName, "toolName == null");
        ActionDescriptor action = tools.find(toolName).orElseThrow(() -> unknownTool(toolName));
        JsonNode arguments = parse(toolName, argumentsJson);
        List<String> violations = validator.violations(action, arguments);
        if (!violations.isEmpty()) {
            throw new ToolCallRejectedException(toolName, violations);
        }
        return new Checked(action, arguments);
    }

    /**
     * Checks the call, then runs the action.
     *
     * @throws ToolCallRejectedException if the call does not fit; nothing is sent then
     */
    public ActionResult run(ActionKitClient client, String toolName, String argumentsJson) {
        Objects.requireNonNull(client, "client == null");
        Checked call = checked(toolName, argumentsJson);
        return client.run(call.action().name(), call.arguments());
    }

    /** As {@link #run}, without blocking; a rejection fails the future before anything is sent. */
    public CompletableFuture<ActionResult> runAsync(ActionKitClient client, String toolName,
            String argumentsJson) {
        Objects.requireNonNull(client, "client == null");
        Checked call;
        try {
            call = checked(toolName, argumentsJson);
        } catch (ToolCallRejectedException e) {
            return CompletableFuture.failedFuture(e);
        }
        return client.runAsync(call.action().name(), call.arguments());
    }

    /**
     * Runs the call and returns the text to hand back to the model: the result
     * ({@link ToolResultText#render}), or what was wrong with the call or what ActionKit answered,
     * so the model can correct itself. Transport failures are still thrown: they are the
     * application's to handle, not the model's.
     */
    public String runForModel(ActionKitClient client, String toolName, String argumentsJson) {
        try {
            return ToolResultText.render(run(client, toolName, argumentsJson));
        } catch (ToolCallRejectedException e) {
            return e.getMessage();
        } catch (ActionKitApiException e) {
            return ToolResultText.render(e);
        }
    }

    private JsonNode parse(String toolName, String argumentsJson) {
        if (argumentsJson == null || argumentsJson.isBlank()) {
            return MAPPER.createObjectNode();
        }
        JsonNode arguments;
        try {
            arguments = MAPPER.readTree(argumentsJson);
        } catch (JsonProcessingException e) {
            throw new ToolCallRejectedException(toolName, List.of(
                    "the arguments are not valid JSON: " + e.getOriginalMessage()));
        }
        if (!arguments.isObject()) {
            throw new ToolCallRejectedException(toolName, List.of(
                    "the arguments must be a JSON object, found: " + abbreviate(arguments.toString())));
        }
        return arguments;
    }

    private ToolCallRejectedException unknownTool(String toolName) {
        List<String> names = tools.descriptors().stream()
                .map(action -> tools.toolName(action.name())).toList();
        String known = names.size() <= 20 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 20)) + ", ... (" + names.size() + " in all)";
        return new ToolCallRejectedException(toolName, List.of(
                "there is no tool named " + abbreviate(toolName) + "; the tools are: " + known));
    }

    private static String abbreviate(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100) + "...";
    }
}
