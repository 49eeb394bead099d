package dev.actionkit.langchain4j;

import dev.actionkit.tools.PerUserActionTools;
import dev.actionkit.tools.UserTools;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.service.tool.ToolProvider;
import dev.langchain4j.service.tool.ToolProviderRequest;
import dev.langchain4j.service.tool.ToolProviderResult;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;

/**
 * Offers each chat's user their own ActionKit tools: the chat memory id is the user key of a
 * {@link PerUserActionTools}, so a user sees only the integrations they connected, with their
 * custom fields, and their calls are checked against those schemas and sent with their token.
 *
 * <pre>{@code
 * PerUserActionTools perUser = PerUserActionTools.builder(
 *                 userId -> client.forUser(tokenFor((String) userId)))
 *         .fallback(ActionTools.of(Actions.descriptors()))
 *         .build();
 * Assistant assistant = AiServices.builder(Assistant.class)
 *         .chatModel(model)
 *         .chatMemoryProvider(id -> MessageWindowChatMemory.withMaxMessages(20))
 *         .toolProvider(new ActionKitPerUserToolProvider(perUser))
 *         .build();
 * assistant.chat("user-42", "...");   // String chat(@MemoryId String userId, @UserMessage ...)
 * }</pre>
 *
 * <p>The specifications of one user's tools are built once per listing, not once per message.
 */
public final class ActionKitPerUserToolProvider implements ToolProvider {

    private final PerUserActionTools perUser;
    /** Keyed by identity: a user's tools are replaced, never changed, when listed again. */
    private final Map<UserTools, ToolProviderResult> results =
            Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * @param perUser each user's tools and client, keyed by the chat memory id; share one
     */
    public ActionKitPerUserToolProvider(PerUserActionTools perUser) {
        this.perUser = Objects.requireNonNull(perUser, "perUser == null");
    }

    /**
     * Returns the tools of the user of this chat memory, listing them if they are not cached.
     *
     * @throws NullPointerException if the request has no chat memory id
     */
    @Override
    public ToolProviderResult provideTools(ToolProviderRequest request) {
        Object memoryId = Objects.requireNonNull(request.chatMemoryId(),
                "the request has no chat memory id: declare a @MemoryId parameter so that each "
                        + "user gets their own tools");
        UserTools userTools = perUser.toolsFor(memoryId);
        ToolProviderResult cached = results.get(userTools);
        if (cached != null) {
            return cached;
        }
        ToolProviderResult built = result(userTools);
        ToolProviderResult raced = results.putIfAbsent(userTools, built);
        return raced != null ? raced : built;
    }

    private ToolProviderResult result(UserTools userTools) {
        ActionKitToolExecutor executor =
                new ActionKitToolExecutor(userTools.runner(), perUser::clientFor);
        ToolProviderResult.Builder builder = ToolProviderResult.builder();
        for (ToolSpecification specification : ActionKitToolSpecifications.of(userTools.tools())) {
            builder.add(specification, executor);
        }
        return builder.build();
    }
}
