package dev.actionkit.springai;

import dev.actionkit.runtime.ActionDescriptor;
import dev.actionkit.runtime.ActionKitClient;
import dev.actionkit.tools.ActionTools;
import dev.actionkit.tools.ToolCallRunner;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.ai.chat.model.ToolContext;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.definition.ToolDefinition;

/**
 * One ActionKit action as a Spring AI {@link ToolCallback}, named by
 * {@link ActionTools#toolName(String)} (a name every model API accepts, mapped back to the
 * action by {@link ToolCallRunner}). A call's arguments are checked
 * against the action's schema first; a call that does not fit, or that ActionKit refuses, comes
 * back to the model as text it can act on, and nothing is sent for a call that does not fit.
 *
 * <p>The call acts for the user whose id the application put in the {@link ToolContext} under
 * {@value #USER_ID}: {@code clientFor} turns that id into the user's client (e.g.
 * {@code users::client} of the Spring Boot starter's {@code ActionKitUsers}).
 */
public final class ActionKitToolCallback implements ToolCallback {

    /** The {@link ToolContext} key whose value is the id of the user a call acts for. */
    public static final String USER_ID = "actionkit.userId";

    private final ToolDefinition definition;
    private final ToolCallRunner runner;
    private final Function<String, ActionKitClient> clientFor;
    private final String boundUser;

    /**
     * Returns the callback of one action of {@code tools}.
     *
     * @param tools the tool set the action belongs to, which names it
     * @param action the action to offer, one of {@code tools}
     * @param runner checks and runs the calls of {@code tools}; share one per tool set
     * @param clientFor the client of a user id
     * @throws IllegalArgumentException if the action is not one of {@code tools}
     */
    public ActionKitToolCallback(ActionTools tools, ActionDescriptor action, ToolCallRunner runner,
            Function<String, ActionKitClient> clientFor) {
        this(tools, action, runner, clientFor, null);
    }

    /** As the public constructor, for tools listed for {@code boundUser} (null: any user). */
    ActionKitToolCallback(ActionTools tools, ActionDescriptor action, ToolCallRunner runner,
            Function<String, ActionKitClient> clientFor, String boundUser) {
        Objects.requireNonNull(action, "action == null");
        this.definition = ToolDefinition.builder()
                .name(tools.toolName(action.name()))
                .description(action.description())
                .inputSchema(InputSchema.of(action))
                .build();
        this.runner = Objects.requireNonNull(runner, "runner == null");
        this.clientFor = Objects.requireNonNull(clientFor, "clientFor == null");
        this.boundUser = boundUser;
    }

    @Override
    public ToolDefinition getToolDefinition() {
        return definition;
    }

    /**
     * Refuses: without a {@link ToolContext} no user is named, and an action always acts for a
     * user.
     *
     * @throws IllegalStateException always
     */
    @Override
    public String call(String toolInput) {
        throw missingUser();
    }

    /**
     * Runs the call for the user named in {@code toolContext} and returns the text for the model.
     *
     * @throws IllegalStateException if the context names no user under {@value #USER_ID}, or
     *     another user than the one these tools were listed for
     */
    @Override
    public String call(String toolInput, ToolContext toolContext) {
        Object userId = toolContext == null ? null : toolContext.getContext().get(USER_ID);
        if (!(userId instanceof String id) || id.isBlank()) {
            throw missingUser();
        }
        if (boundUser != null && !boundUser.equals(id)) {
            throw new IllegalStateException("tool " + definition.name() + " was listed for "
                    + "another user than the one the ToolContext names: pass each user the "
                    + "callbacks of ActionKitPerUserToolCallbacks.forUser(their id)");
        }
        ActionKitClient client = Objects.requireNonNull(clientFor.apply(id),
                "clientFor returned null for the user");
        return runner.runForModel(client, definition.name(), toolInput);
    }

    private IllegalStateException missingUser() {
        return new IllegalStateException("tool " + definition.name() + " needs the user it acts "
                + "for: put the user id in the ToolContext under the key '" + USER_ID
                + "' (e.g. ChatClient...toolContext(Map.of(\"" + USER_ID + "\", userId)))");
    }

    @Override
    public String toString() {
        return "ActionKitToolCallback{" + definition.name() + "}";
    }
}
