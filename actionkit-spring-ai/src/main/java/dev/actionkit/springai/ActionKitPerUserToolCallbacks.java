package dev.actionkit.springai;

import dev.actionkit.runtime.ActionDescriptor;
import dev.actionkit.tools.PerUserActionTools;
import dev.actionkit.tools.UserTools;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.ToolCallbackProvider;

/**
 * Offers each user their own ActionKit tools as Spring AI callbacks: the tools of the user's live
 * listing ({@link PerUserActionTools}), so a user sees only the integrations they connected, with
 * their custom fields, and their calls are checked against those schemas and sent with their
 * token.
 *
 * <pre>{@code
 * PerUserActionTools perUser = PerUserActionTools.builder(userId -> users.client((String) userId))
 *         .fallback(ActionTools.of(Actions.descriptors()))
 *         .build();
 * ActionKitPerUserToolCallbacks tools = new ActionKitPerUserToolCallbacks(perUser);
 *
 * chatClient.prompt(question)
 *         .toolCallbacks(tools.forUser(userId))
 *         .toolContext(Map.of(ActionKitToolCallback.USER_ID, userId))
 *         .call().content();
 * }</pre>
 *
 * <p>A user's callbacks are built once per listing, not once per prompt. Each is bound to its
 * user: a {@code ToolContext} that names another user is refused.
 */
public final class ActionKitPerUserToolCallbacks {

    private final PerUserActionTools perUser;
    /**
     * Keyed by identity: a user's tools are replaced, never changed, when listed again. The
     * user is kept beside the callbacks, which are bound to them.
     */
    private final Map<UserTools, Bound> callbacks =
            Collections.synchronizedMap(new WeakHashMap<>());

    private record Bound(String userId, ToolCallback[] callbacks) {}

    /** @param perUser each user's tools and client, keyed by the user id; share one */
    public ActionKitPerUserToolCallbacks(PerUserActionTools perUser) {
        this.perUser = Objects.requireNonNull(perUser, "perUser == null");
    }

    /** Returns the callbacks of {@code userId}'s tools, listing them if they are not cached. */
    public ToolCallback[] forUser(String userId) {
        Objects.requireNonNull(userId, "userId == null");
        UserTools tools = perUser.toolsFor(userId);
        Bound cached = callbacks.get(tools);
        if (cached == null || !cached.userId().equals(userId)) {
            cached = new Bound(userId, build(userId, tools));
            callbacks.put(tools, cached);
        }
        return cached.callbacks().clone();
    }

    /** Returns {@link #forUser} as a provider, e.g. for {@code ChatClient.toolCallbacks}. */
    public ToolCallbackProvider providerFor(String userId) {
        return ToolCallbackProvider.from(forUser(userId));
    }

    private ToolCallback[] build(String userId, UserTools tools) {
        return tools.tools().descriptors().stream()
                .map((ActionDescriptor action) -> new ActionKitToolCallback(tools.tools(), action,
                        tools.runner(), id -> perUser.clientFor(id), userId))
                .toArray(ToolCallback[]::new);
    }

    @Override
    public String toString() {
        return "ActionKitPerUserToolCallbacks{" + perUser + "}";
    }
}
