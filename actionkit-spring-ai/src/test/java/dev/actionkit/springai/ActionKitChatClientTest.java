package dev.actionkit.springai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.actionkit.runtime.ActionDescriptor;
import dev.actionkit.runtime.ActionKitClient;
import dev.actionkit.runtime.catalog.CatalogJson;
import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.Reply;
import dev.actionkit.tools.ActionTools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.model.tool.ToolCallingChatOptions;
import org.springframework.ai.tool.ToolCallback;

@DisplayName("The provider through Spring AI's ChatClient, as the README and SPRING.md use it")
class ActionKitChatClientTest {

    private static final String SEARCH = "SLACK_SEARCH_MESSAGES";

    private final FakeActionKit server =
            FakeActionKit.start().acceptTokens("token-ada", "token-bob");
    private final ActionKitClient client = ActionKitClient.builder()
            .baseUrl(server.baseUrl()).projectId(server.projectId()).build();
    private final Map<String, String> tokens = Map.of("ada", "token-ada", "bob", "token-bob");
    private final ActionTools tools = ActionTools.of(descriptors());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    @DisplayName("toolCallbacks(provider) and toolContext(user) reach the model, whose tool call "
            + "runs the action for that user and whose answer carries the result")
    void chatClientRunsTheToolForTheContextUser() {
        // given
        server.onRun(SEARCH, Reply.json(200, "{\"messages\": [{\"text\": \"deployed\"}]}"));
        ActionKitToolCallbackProvider actionKitTools = new ActionKitToolCallbackProvider(
                tools.onlyIntegrations("slack"), userId -> client.forUser(tokens.get(userId)));
        ToolCallingModel model = new ToolCallingModel(SEARCH, "{\"query\": \"deploy\"}");
        ChatClient chatClient = ChatClient.builder(model).build();

        // when
        String answer = chatClient.prompt("Find the deploy messages")
                .toolCallbacks(actionKitTools)
                .toolContext(Map.of(ActionKitToolCallback.USER_ID, "bob"))
                .call()
                .content();

        // then
        assertThat(answer).isEqualTo("The tool said: {\"messages\":[{\"text\":\"deployed\"}]}");
        ToolCallingChatOptions options = (ToolCallingChatOptions) model.prompts.get(0).getOptions();
        assertThat(options.getToolCallbacks()).extracting(c -> c.getToolDefinition().name())
                .containsExactlyElementsOf(names(actionKitTools.getToolCallbacks()))
                .contains(SEARCH)
                .allMatch(name -> name.startsWith("SLACK_"));
        assertThat(options.getToolContext()).containsEntry(ActionKitToolCallback.USER_ID, "bob");
        assertThat(model.prompts).hasSize(2);
        assertThat(server.runs()).singleElement().satisfies(run -> {
            assertThat(run.bearerToken()).hasValue("token-bob");
            assertThat(run.json().at("/parameters/query").asText()).isEqualTo("deploy");
        });
    }

    private static List<String> names(ToolCallback[] callbacks) {
        List<String> names = new ArrayList<>();
        for (ToolCallback callback : callbacks) {
            names.add(callback.getToolDefinition().name());
        }
        return names;
    }

    /**
     * Stands in for a tool-calling model behind its HTTP API: offered tools, it first asks for
     * one tool call; given the tool's reply, it answers with it. Running the tool is the
     * ChatClient's part.
     */
    private static final class ToolCallingModel implements ChatModel {

        private final String tool;
        private final String arguments;
        private final List<Prompt> prompts = new ArrayList<>();

        ToolCallingModel(String tool, String arguments) {
            this.tool = tool;
            this.arguments = arguments;
        }

        /** Tool-calling options, as the options of every Spring AI model that calls tools. */
        @Override
        public ChatOptions getOptions() {
            return ToolCallingChatOptions.builder().build();
        }

        @Override
        public ChatOptions getDefaultOptions() {
            return getOptions();
        }

        @Override
        public ChatResponse call(Prompt prompt) {
            prompts.add(prompt);
            List<Message> messages = prompt.getInstructions();
            AssistantMessage answer = messages.get(messages.size() - 1)
                    instanceof ToolResponseMessage reply
                    ? AssistantMessage.builder().content("The tool said: "
                            + reply.getResponses().get(0).responseData()).build()
                    : AssistantMessage.builder().toolCalls(List.of(new AssistantMessage.ToolCall(
                            "call-1", "function", tool, arguments))).build();
            return new ChatResponse(List.of(new Generation(answer)));
        }
    }

    private static List<ActionDescriptor> descriptors() {
        try {
            Path file = Path.of("../testdata/paragon/list-actions-response-20-actions.json");
            return CatalogJson.parse(Files.readAllBytes(file)).actions().stream()
                    .map(ActionDescriptor::of).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
