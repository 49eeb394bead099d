package dev.actionkit.langchain4j;

import dev.actionkit.runtime.ActionKitClient;
import dev.actionkit.tools.ToolCallRunner;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.service.tool.ToolExecutor;
import java.util.Objects;
import java.util.function.Function;

/**
 * Runs LangChain4j {@link ToolExecutionRequest}s through ActionKit. The arguments are checked
 * against the action's schema first; a call that does not fit, or that ActionKit refuses, comes
 * back to the model as text it can act on, and nothing is sent for a call that does not fit.
 *
 * <p>Which user a call acts for is decided per chat memory: {@code clientFor} maps the memory id
 * to that user's client (e.g. {@code id -> client.forUser(tokens.tokenFor(id))}).
 */
public final class ActionKitToolExecutor implements ToolExecutor {

    private final ToolCallRunner runner;
    private final Function<Object, ActionKitClient> clientFor;

    /**
     * @param runner checks and runs tool calls; share one per tool set
     * @param clientFor the client of the user a chat memory belongs to
     */
    public ActionKitToolExecutor(ToolCallRunner runner, Function<Object, ActionKitClient> clientFor) {
        this.runner = Objects.requireNonNull(runner, "runner == null");
        this.clientFor = Objects.requireNonNull(clientFor, "clientFor == null");
    }

    /** Runs the call for the user of {@code memoryId} and returns the text for the model. */
    @Override
    public String execute(ToolExecutionRequest request, Object memoryId) {
        ActionKitClient client = Objects.requireNonNull(clientFor.apply(memoryId),
                "clientFor returned null for the chat memory");
        return runner.runForModel(client, request.name(), request.arguments());
    }
}
