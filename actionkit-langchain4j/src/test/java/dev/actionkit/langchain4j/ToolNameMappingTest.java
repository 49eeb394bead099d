package dev.actionkit.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.actionkit.runtime.ActionDescriptor;
import dev.actionkit.runtime.ActionKitClient;
import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.Reply;
import dev.actionkit.tools.ActionTools;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.service.tool.ToolProviderRequest;
import dev.langchain4j.service.tool.ToolProviderResult;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An action whose name a model API refuses is offered under one that fits")
class ToolNameMappingTest {

    private static final String LONG =
            "MICROSOFT_DYNAMICS_365_FINANCE_AND_OPERATIONS_CC_CREATE_FREE_TEXT_INVOICE";
    private static final String DIGIT_FIRST = "12306_GET_TICKETS";

    @Test
    @DisplayName("the specifications' names fit [a-zA-Z_][a-zA-Z0-9_-]{0,63}; a call by one runs"
            + " the real action")
    void roundTrip() {
        try (FakeActionKit server = FakeActionKit.start()) {
            // given
            server.onRun(LONG, Reply.json(200, "{\"id\": \"inv-1\"}"));
            ActionKitClient client = ActionKitClient.builder().baseUrl(server.baseUrl())
                    .projectId(server.projectId()).token("token-ada").build();
            ActionTools tools = ActionTools.of(List.of(
                    new ActionDescriptor("dynamics", LONG, "Create an invoice", "{}"),
                    new ActionDescriptor("12306", DIGIT_FIRST, "Tickets", "{}")));
            ActionKitToolProvider provider = new ActionKitToolProvider(tools, id -> client);

            // when
            ToolProviderResult result = provider.provideTools(
                    new ToolProviderRequest("ada", UserMessage.from("invoice")));
            List<String> names = result.tools().keySet().stream()
                    .map(ToolSpecification::name).toList();
            String longTool = tools.toolName(LONG);
            String reply = result.toolExecutorByName(longTool).execute(ToolExecutionRequest
                    .builder().id("c-1").name(longTool).arguments("{}").build(), "ada");

            // then
            assertThat(names).containsExactlyInAnyOrder(longTool, tools.toolName(DIGIT_FIRST))
                    .allMatch(name -> name.matches("[a-zA-Z_][a-zA-Z0-9_-]{0,63}"));
            assertThat(ActionKitToolSpecifications.of(tools.descriptors().get(0)).name())
                    .isEqualTo(longTool);
            assertThat(reply).isEqualTo("{\"id\":\"inv-1\"}");
            assertThat(server.runs()).singleElement().satisfies(run ->
                    assertThat(run.json().get("action").asText()).isEqualTo(LONG));
        }
    }
}
