package dev.actionkit.langchain4j;

import dev.actionkit.runtime.ActionKitClient;
import dev.actionkit.tools.ActionTools;
import dev.actionkit.tools.ToolCallRunner;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.service.tool.ToolProvider;
import dev.langchain4j.service.tool.ToolProviderRequest;
import dev.langchain4j.service.tool.ToolProviderResult;
import java.util.List;
import java.util.function.Function;

/**
 * Offers ActionKit actions to a LangChain4j AI service:
 *
 * <pre>{@code
 * Assistant assistant = AiServices.builder(Assistant.class)
 *         .chatModel(model)
 *         .toolProvider(new ActionKitToolProvider(
 *                 ActionTools.of(Actions.descriptors()).onlyIntegrations("slack"),
 *                 memoryId -> client.forUser(tokenFor(memoryId))))
 *         .build();
 * }</pre>
 *
 * <p>The specifications are built once; every request gets the same tools.
 */
public final class ActionKitToolProvider implements ToolProvider {

    private final ToolProviderResult result;

    /**
     * @param tools the actions to offer
     * @param clientFor the client of the user a chat memory belongs to
     */
    public ActionKitToolProvider(ActionTools tools, Function<Object, ActionKitClient> clientFor) {
        ActionKitToolExecutor executor = new ActionKitToolExecutor(new ToolCallRunner(tools), clientFor);
        List<ToolSpecification> specifications = ActionKitToolSpecifications.of(tools);
        ToolProviderResult.Builder builder = ToolProviderResult.builder();
        specifications.forEach(specification -> builder.add(specification, executor));
        this.result = builder.build();
    }

    @Override
    public ToolProviderResult provideTools(ToolProviderRequest request) {
        return result;
    }
}
