package dev.actionkit.springai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.actionkit.runtime.ActionDescriptor;
import dev.actionkit.runtime.ActionKitClient;
import dev.actionkit.runtime.catalog.CatalogJson;
import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.Reply;
import dev.actionkit.tools.ActionTools;
import dev.actionkit.tools.ToolCallRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.model.ToolContext;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.model.tool.ToolCallingChatOptions;
import org.springframework.ai.model.tool.ToolCallingManager;
import org.springframework.ai.model.tool.ToolExecutionResult;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.definition.ToolDefinition;

@DisplayName("ActionKit actions as Spring AI tool callbacks, run for the user in the ToolContext")
class ActionKitSpringAiTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SEARCH = "SLACK_SEARCH_MESSAGES";

    private final FakeActionKit server =
            FakeActionKit.start().acceptTokens("token-ada", "token-bob");
    private final ActionKitClient client = ActionKitClient.builder()
            .baseUrl(server.baseUrl()).projectId(server.projectId()).build();
    private final Map<String, String> tokens = Map.of("ada", "token-ada", "bob", "token-bob");
    private final ActionTools tools = ActionTools.of(descriptors());
    private final ActionKitToolCallbackProvider provider = new ActionKitToolCallbackProvider(
            tools, userId -> client.forUser(tokens.get(userId)));

    @AfterEach
    void stop() {
        server.close();
    }

    private ToolCallback callback(String name) {
        return Arrays.stream(provider.getToolCallbacks())
                .filter(c -> c.getToolDefinition().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("every action is a callback whose definition carries the catalog's schema")
    void definitions() throws Exception {
        // given
        ActionDescriptor gmail = tools.find("GMAIL_SEND_EMAIL").orElseThrow();

        // when
        ToolDefinition definition = callback("GMAIL_SEND_EMAIL").getToolDefinition();

        // then
        assertThat(provider.getToolCallbacks()).hasSize(tools.size());
        assertThat(definition.description()).isEqualTo(gmail.description());
        JsonNode schema = MAPPER.readTree(definition.inputSchema());
        assertThat(schema.get("properties")).isEqualTo(gmail.parametersSchema().get("properties"));
        assertThat(schema.get("type").asText()).isEqualTo("object");
    }

    @Test
    @DisplayName("a required name that is not a property is left out of the input schema")
    void requiredNamesThatAreNotProperties() throws Exception {
        // given
        ActionDescriptor odd = new ActionDescriptor("demo", "DEMO_RUN", "Runs", "{\"properties\":"
                + " {\"a\": {\"type\": \"string\"}}, \"required\": [\"a\", \"ghost\", \"a\"]}");

        // when
        ActionTools alone = ActionTools.of(List.of(odd));
        ToolDefinition definition = new ActionKitToolCallback(alone, odd,
                new ToolCallRunner(alone), id -> client).getToolDefinition();

        // then
        assertThat(MAPPER.readTree(definition.inputSchema())).isEqualTo(MAPPER.readTree(
                "{\"properties\": {\"a\": {\"type\": \"string\"}}, \"required\": [\"a\"],"
                        + " \"type\": \"object\"}"));
    }

    @Test
    @DisplayName("an action whose name a model API refuses is offered under one that fits, and a "
            + "call by that name runs the real action")
    void toolNames() {
        // given
        String longName =
                "MICROSOFT_DYNAMICS_365_FINANCE_AND_OPERATIONS_CC_CREATE_FREE_TEXT_INVOICE";
        ActionTools odd = ActionTools.of(List.of(
                new ActionDescriptor("dynamics", longName, "Create an invoice", "{}"),
                new ActionDescriptor("12306", "12306_GET_TICKETS", "Tickets", "{}")));
        server.onRun(longName, Reply.json(200, "{\"id\": \"inv-1\"}"));
        ToolCallback[] callbacks = new ActionKitToolCallbackProvider(odd,
                userId -> client.forUser(tokens.get(userId))).getToolCallbacks();

        // when
        String reply = callbacks[0].call("{}",
                new ToolContext(Map.of(ActionKitToolCallback.USER_ID, "ada")));

        // then
        assertThat(Arrays.stream(callbacks).map(c -> c.getToolDefinition().name()))
                .containsExactly(odd.toolName(longName), odd.toolName("12306_GET_TICKETS"))
                .allMatch(name -> name.matches("[a-zA-Z_][a-zA-Z0-9_-]{0,63}"));
        assertThat(reply).isEqualTo("{\"id\":\"inv-1\"}");
        assertThat(server.runs()).singleElement().satisfies(run ->
                assertThat(run.json().get("action").asText()).isEqualTo(longName));
    }

    @Test
    @DisplayName("a call runs for the user named in the ToolContext, each with their own token")
    void runsForTheContextUser() {
        // given
        server.onRun(SEARCH, Reply.json(200, "{\"messages\": [{\"text\": \"deployed\"}]}"));
        ToolCallback search = callback(SEARCH);

        // when
        String forAda = search.call("{\"query\": \"deploy\"}",
                new ToolContext(Map.of(ActionKitToolCallback.USER_ID, "ada")));
        String forBob = search.call("{\"query\": \"deploy\"}",
                new ToolContext(Map.of(ActionKitToolCallback.USER_ID, "bob")));

        // then
        assertThat(forAda).isEqualTo("{\"messages\":[{\"text\":\"deployed\"}]}");
        assertThat(forBob).isEqualTo(forAda);
        assertThat(server.runs()).extracting(run -> run.bearerToken().orElseThrow())
                .containsExactly("token-ada", "token-bob");
        assertThat(server.runs().get(0).json().at("/parameters/query").asText())
                .isEqualTo("deploy");
    }

    @Test
    @DisplayName("arguments that break the schema come back to the model and nothing is sent")
    void rejectsUnsent() {
        // when
        String reply = callback(SEARCH).call("{\"query\": 7}",
                new ToolContext(Map.of(ActionKitToolCallback.USER_ID, "ada")));

        // then
        assertThat(reply).isEqualTo("The call to tool SLACK_SEARCH_MESSAGES was not run, nothing "
                + "was sent. Fix the following and call it again:\n- /query: integer found, "
                + "string expected");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    @DisplayName("an ActionKit refusal comes back to the model as text it can act on")
    void refusalAsText() {
        // given
        server.onRun(SEARCH, Reply.json(400, "{\"message\": \"Integration not enabled for "
                + "user.\", \"status\": 400}"));

        // when
        String reply = callback(SEARCH).call("{\"query\": \"deploy\"}",
                new ToolContext(Map.of(ActionKitToolCallback.USER_ID, "ada")));

        // then
        assertThat(reply).isEqualTo("The action failed with HTTP 400: Integration not enabled "
                + "for user. The user has not connected this integration; ask them to connect "
                + "it first.");
    }

    @Test
    @DisplayName("a call without a user in the ToolContext fails, naming the key to set")
    void noUser() {
        // given
        ToolCallback search = callback(SEARCH);

        // when
        IllegalStateException withoutContext = assertThrows(IllegalStateException.class,
                () -> search.call("{}"));
        IllegalStateException withoutUser = assertThrows(IllegalStateException.class,
                () -> search.call("{}", new ToolContext(Map.of("other", "x"))));

        // then
        assertThat(withoutContext).hasMessageStartingWith("tool SLACK_SEARCH_MESSAGES needs the "
                + "user it acts for: put the user id in the ToolContext under the key "
                + "'actionkit.userId'");
        assertThat(withoutUser).hasMessage(withoutContext.getMessage());
        assertThat(server.requests()).isEmpty();
    }

    @Test
    @DisplayName("Spring AI's ToolCallingManager runs a model's tool call through the provider")
    void toolCallingManager() {
        // given
        server.onRun(SEARCH, Reply.json(200, "{\"messages\": []}"));
        Prompt prompt = new Prompt(List.of(new UserMessage("find deploy messages")),
                ToolCallingChatOptions.builder()
                        .toolCallbacks(provider.getToolCallbacks())
                        .toolContext(ActionKitToolCallback.USER_ID, "bob")
                        .build());
        AssistantMessage modelTurn = AssistantMessage.builder()
                .toolCalls(List.of(new AssistantMessage.ToolCall(
                        "call-1", "function", SEARCH, "{\"query\": \"deploy\"}")))
                .build();

        // when
        ToolExecutionResult result = ToolCallingManager.builder().build()
                .executeToolCalls(prompt, new ChatResponse(List.of(new Generation(modelTurn))));

        // then
        ToolResponseMessage answer = (ToolResponseMessage) result.conversationHistory()
                .get(result.conversationHistory().size() - 1);
        assertThat(answer.getResponses()).singleElement().satisfies(response -> {
            assertThat(response.name()).isEqualTo(SEARCH);
            assertThat(response.responseData()).isEqualTo("{\"messages\":[]}");
        });
        assertThat(server.runs()).singleElement()
                .satisfies(run -> assertThat(run.bearerToken()).hasValue("token-bob"));
    }

    @Test
    @DisplayName("through a ChatClient, as the README writes it: toolCallbacks(provider) and "
            + "toolContext(user) reach the model, whose tool call runs the action for that user "
            + "and whose answer carries the result")
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
        return Arrays.stream(callbacks).map(c -> c.getToolDefinition().name()).toList();
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
