package dev.actionkit.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.actionkit.runtime.ActionDescriptor;
import dev.actionkit.runtime.ActionKitClient;
import dev.actionkit.runtime.catalog.ActionCatalog;
import dev.actionkit.runtime.catalog.CatalogJson;
import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.Reply;
import dev.actionkit.tools.ActionTools;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.service.tool.ToolExecutor;
import dev.langchain4j.service.tool.ToolProviderRequest;
import dev.langchain4j.service.tool.ToolProviderResult;
import dev.langchain4j.data.message.UserMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ActionKitLangChain4jTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final FakeActionKit server = FakeActionKit.start().acceptTokens("token-ada", "token-bob");
    private final ActionKitClient client = ActionKitClient.builder()
            .baseUrl(server.baseUrl())
            .projectId(server.projectId())
            .build();
    private final ActionTools tools = ActionTools.of(descriptors());
    private final Map<Object, String> tokens = Map.of("ada", "token-ada", "bob", "token-bob");

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    @DisplayName("every action becomes a ToolSpecification whose properties are the catalog's schemas")
    void specificationsCarryTheSchemas() throws Exception {
        // given
        ActionDescriptor gmail = tools.find("GMAIL_SEND_EMAIL").orElseThrow();
        JsonNode schema = gmail.parametersSchema();

        // when
        List<ToolSpecification> specifications = ActionKitToolSpecifications.of(tools);
        ToolSpecification spec = specifications.stream()
                .filter(s -> s.name().equals("GMAIL_SEND_EMAIL")).findFirst().orElseThrow();

        // then
        assertThat(specifications).hasSize(tools.size());
        assertThat(spec.description()).isEqualTo(gmail.description());
        assertThat(spec.parameters().properties().keySet()).containsExactlyElementsOf(
                () -> schema.get("properties").fieldNames());
        spec.parameters().properties().forEach((name, element) -> assertThat(
                readTree(((JsonRawSchema) element).schema())).isEqualTo(schema.at("/properties/" + name)));
        assertThat(spec.parameters().required())
                .containsExactly("toRecipients", "from", "subject", "messageContent");
        assertThat(spec.parameters().additionalProperties()).isFalse();
    }

    @Test
    @DisplayName("a required name that is not a property is left out of the specification")
    void dropsRequiredNamesThatAreNotProperties() {
        // given
        ActionDescriptor odd = new ActionDescriptor("demo", "DEMO_RUN", "Runs", "{\"type\": \"object\", "
                + "\"properties\": {\"a\": {\"type\": \"string\"}}, \"required\": [\"a\", \"ghost\"]}");

        // when
        ToolSpecification spec = ActionKitToolSpecifications.of(odd);

        // then
        assertThat(spec.parameters().required()).containsExactly("a");
    }

    @Test
    @DisplayName("the executor runs a model's call for the user of the chat memory")
    void executorRunsForTheMemorysUser() {
        // given
        server.onRun("SLACK_SEARCH_MESSAGES", Reply.json(200, "{\"messages\": [{\"text\": \"deployed\"}]}"));
        ActionKitToolExecutor executor = new ActionKitToolExecutor(
                new dev.actionkit.tools.ToolCallRunner(tools), id -> client.forUser(tokens.get(id)));
        ToolExecutionRequest call = ToolExecutionRequest.builder()
                .id("call-1").name("SLACK_SEARCH_MESSAGES").arguments("{\"query\": \"deploy\"}").build();

        // when
        String forAda = executor.execute(call, "ada");
        String forBob = executor.execute(call, "bob");

        // then
        assertThat(forAda).isEqualTo("{\"messages\":[{\"text\":\"deployed\"}]}");
        assertThat(forBob).isEqualTo(forAda);
        assertThat(server.runs()).extracting(run -> run.bearerToken().orElseThrow())
                .containsExactly("token-ada", "token-bob");
        assertThat(server.runs().get(0).json().at("/parameters/query").asText()).isEqualTo("deploy");
    }

    @Test
    @DisplayName("the provider pairs each specification with an executor that rejects bad calls unsent")
    void providerRoundTrip() {
        // given
        ActionKitToolProvider provider = new ActionKitToolProvider(tools.onlyIntegrations("slack"),
                id -> client.forUser(tokens.get(id)));

        // when
        ToolProviderResult result = provider.provideTools(
                new ToolProviderRequest("ada", UserMessage.from("find deploy messages")));
        ToolExecutor executor = result.toolExecutorByName("SLACK_SEARCH_MESSAGES");
        String reply = executor.execute(ToolExecutionRequest.builder()
                .id("call-2").name("SLACK_SEARCH_MESSAGES").arguments("{\"query\": 7}").build(), "ada");

        // then
        assertThat(result.tools().keySet()).extracting(ToolSpecification::name).containsExactlyInAnyOrder(
                "SLACK_LIST_MEMBERS", "SLACK_SEND_DIRECT_MESSAGE", "SLACK_SEARCH_MESSAGES",
                "SLACK_GET_USER_BY_EMAIL");
        assertThat(reply).isEqualTo("The call to tool SLACK_SEARCH_MESSAGES was not run, nothing was "
                + "sent. Fix the following and call it again:\n- /query: integer found, string expected");
        assertThat(server.requests()).isEmpty();
    }

    private static List<ActionDescriptor> descriptors() {
        try {
            Path file = Path.of("../testdata/paragon/list-actions-response-20-actions.json");
            ActionCatalog catalog = CatalogJson.parse(Files.readAllBytes(file));
            return catalog.actions().stream().map(ActionDescriptor::of).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode readTree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
