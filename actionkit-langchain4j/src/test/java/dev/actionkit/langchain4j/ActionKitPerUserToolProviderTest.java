package dev.actionkit.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.actionkit.runtime.ActionKitClient;
import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.tools.PerUserActionTools;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.tool.AiServiceTool;
import dev.langchain4j.service.tool.ToolProviderRequest;
import dev.langchain4j.service.tool.ToolProviderResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Each chat memory's user gets their own ActionKit tools")
class ActionKitPerUserToolProviderTest {

    private static final String CONTACTS = "HUBSPOT_CREATE_RECORD_CONTACTS";
    private static final String ADA_CALL =
            "{\"email\": \"a@example.com\", \"loyalty_tier\": \"gold\"}";

    private final FakeActionKit server = FakeActionKit.start()
            .acceptTokens("token-ada", "token-bob")
            .catalogFor("token-ada", Path.of("src/test/resources/per-user/ada-actions.json"))
            .catalogFor("token-bob", Path.of("src/test/resources/per-user/bob-actions.json"));
    private final ActionKitClient client = ActionKitClient.builder()
            .baseUrl(server.baseUrl())
            .projectId(server.projectId())
            .build();
    private final PerUserActionTools perUser =
            PerUserActionTools.builder(user -> client.forUser("token-" + user)).build();
    private final ActionKitPerUserToolProvider provider = new ActionKitPerUserToolProvider(perUser);

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    @DisplayName("each chat memory is offered its user's integrations and custom fields")
    void offersEachUserTheirOwnTools() {
        // when
        ToolProviderResult ada = provider.provideTools(request("ada"));
        ToolProviderResult bob = provider.provideTools(request("bob"));

        // then
        assertThat(names(ada)).containsExactly(CONTACTS, "SLACK_SEARCH_MESSAGES");
        assertThat(names(bob)).containsExactly(CONTACTS, "GMAIL_GET_EMAIL_BY_ID");
        assertThat(tool(ada, CONTACTS).toolSpecification().parameters().properties())
                .containsKeys("email", "loyalty_tier").doesNotContainKey("sales_territory");
        assertThat(tool(bob, CONTACTS).toolSpecification().parameters().properties())
                .containsKeys("email", "sales_territory").doesNotContainKey("loyalty_tier");
    }

    @Test
    @DisplayName("a call is checked against its user's schema and sent with that user's token")
    void runsEachCallForItsUser() {
        // given
        ToolExecutionRequest call = ToolExecutionRequest.builder()
                .id("call-1").name(CONTACTS).arguments(ADA_CALL).build();

        // when
        String forAda = tool(provider.provideTools(request("ada")), CONTACTS)
                .toolExecutor().execute(call, "ada");
        String forBob = tool(provider.provideTools(request("bob")), CONTACTS)
                .toolExecutor().execute(call, "bob");

        // then
        assertThat(forAda).isEqualTo("{\"ok\":true}");
        assertThat(forBob).startsWith("The call to tool " + CONTACTS + " was not run, nothing was "
                + "sent.").contains("loyalty_tier");
        assertThat(server.runs()).singleElement()
                .satisfies(run -> assertThat(run.bearerToken()).contains("token-ada"));
    }

    @Test
    @DisplayName("the next message of a chat reuses the listing and its specifications")
    void reusesTheListingAcrossMessages() {
        // when
        ToolProviderResult first = provider.provideTools(request("ada"));
        ToolProviderResult second = provider.provideTools(request("ada"));

        // then
        assertThat(second).isSameAs(first);
        assertThat(server.listings()).hasSize(1);
    }

    @Test
    @DisplayName("an AI service runs a model's tool call for the user of the @MemoryId")
    void aiServiceActsForTheMemorysUser() {
        // given: a model that calls the contact tool with Ada's custom field, then reports
        ScriptedModel model = new ScriptedModel();
        Assistant assistant = AiServices.builder(Assistant.class)
                .chatModel(model)
                .chatMemoryProvider(id -> MessageWindowChatMemory.withMaxMessages(10))
                .toolProvider(provider)
                .build();

        // when
        String forAda = assistant.chat("ada", "ada: add a@example.com as a gold contact");
        String forBob = assistant.chat("bob", "bob: add a@example.com as a gold contact");

        // then
        assertThat(model.offered.get("ada")).containsExactly(CONTACTS, "SLACK_SEARCH_MESSAGES");
        assertThat(model.offered.get("bob")).containsExactly(CONTACTS, "GMAIL_GET_EMAIL_BY_ID");
        assertThat(forAda).isEqualTo("{\"ok\":true}");
        assertThat(forBob).contains("loyalty_tier").contains("was not run");
        assertThat(server.runs()).singleElement()
                .satisfies(run -> assertThat(run.bearerToken()).contains("token-ada"));
    }

    interface Assistant {
        String chat(@MemoryId String userId, @dev.langchain4j.service.UserMessage String message);
    }

    /**
     * Calls the contact tool on the first turn and answers with the tool's result on the second;
     * records the tools it was offered, by the user who the message says is writing.
     */
    private static final class ScriptedModel implements ChatModel {

        final Map<String, List<String>> offered = new ConcurrentHashMap<>();

        @Override
        public ChatResponse doChat(ChatRequest request) {
            ChatMessage last = request.messages().get(request.messages().size() - 1);
            if (last instanceof ToolExecutionResultMessage result) {
                return ChatResponse.builder().aiMessage(AiMessage.from(result.text())).build();
            }
            List<String> names =
                    request.toolSpecifications().stream().map(ToolSpecification::name).toList();
            String user = ((UserMessage) last).singleText().split(":")[0];
            offered.put(user, names);
            ToolExecutionRequest call = ToolExecutionRequest.builder()
                    .id("call-" + offered.size()).name(CONTACTS).arguments(ADA_CALL).build();
            return ChatResponse.builder().aiMessage(AiMessage.from(List.of(call))).build();
        }
    }

    private static ToolProviderRequest request(String memoryId) {
        return new ToolProviderRequest(memoryId, UserMessage.from("hello"));
    }

    private static List<String> names(ToolProviderResult result) {
        return result.aiServiceTools().stream().map(AiServiceTool::name).toList();
    }

    private static AiServiceTool tool(ToolProviderResult result, String name) {
        return result.aiServiceTools().stream()
                .filter(tool -> tool.name().equals(name)).findFirst().orElseThrow();
    }
}
