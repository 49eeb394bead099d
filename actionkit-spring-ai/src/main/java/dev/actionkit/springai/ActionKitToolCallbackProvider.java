package dev.actionkit.springai;

import dev.actionkit.runtime.ActionDescriptor;
import dev.actionkit.runtime.ActionKitClient;
import dev.actionkit.tools.ActionTools;
import dev.actionkit.tools.ToolCallRunner;
import java.util.List;
import java.util.function.Function;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.ToolCallbackProvider;

/**
 * Offers ActionKit actions to Spring AI, e.g. as a bean that a {@code ChatClient} uses:
 *
 * <pre>{@code
 * @Bean
 * ActionKitToolCallbackProvider actionKitTools(ActionKitUsers users) {
 *     return new ActionKitToolCallbackProvider(
 *             ActionTools.of(Actions.descriptors()).onlyIntegrations("slack"), users::client);
 * }
 *
 * chatClient.prompt(question)
 *         .toolCallbacks(actionKitTools)
 *         .toolContext(Map.of(ActionKitToolCallback.USER_ID, userId))
 *         .call().content();
 * }</pre>
 *
 * <p>The callbacks are built once and share one {@link ToolCallRunner}, so each action's schema
 * is compiled once.
 */
public final class ActionKitToolCallbackProvider implements ToolCallbackProvider {

    private final List<ActionKitToolCallback> callbacks;

    /**
     * @param tools the actions to offer
     * @param clientFor the client of a user id, the one named in the {@code ToolContext}
     */
    public ActionKitToolCallbackProvider(ActionTools tools,
            Function<String, ActionKitClient> clientFor) {
        ToolCallRunner runner = new ToolCallRunner(tools);
        this.callbacks = tools.descriptors().stream()
                .map((ActionDescriptor action) ->
                        new ActionKitToolCallback(tools, action, runner, clientFor))
                .toList();
    }

    /** Returns one callback per action, in the order of the tools. */
    @Override
    public ToolCallback[] getToolCallbacks() {
        return callbacks.toArray(new ToolCallback[0]);
    }

    @Override
    public String toString() {
        return "ActionKitToolCallbackProvider" + callbacks;
    }
}
