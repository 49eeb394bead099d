package dev.actionkit.springai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.actionkit.runtime.ActionKitClient;
import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.Reply;
import dev.actionkit.tools.PerUserActionTools;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.model.ToolContext;
import org.springframework.ai.tool.ToolCallback;

@DisplayName("Each user gets the Spring AI callbacks of their own live ActionKit tools")
class ActionKitPerUserToolCallbacksTest {

    private static final String CONTACTS = "HUBSPOT_CREATE_RECORD_CONTACTS";

    private final FakeActionKit server = FakeActionKit.start()
            .acceptTokens("token-ada", "token-bob")
            .catalogFor("token-ada", catalog("loyalty_tier", "SLACK_SEARCH_MESSAGES"))
            .catalogFor("token-bob", catalog("sales_territory", "GMAIL_GET_EMAIL_BY_ID"));
    private final ActionKitClient client = ActionKitClient.builder()
            .baseUrl(server.baseUrl()).projectId(server.projectId()).build();
    private final ActionKitPerUserToolCallbacks callbacks = new ActionKitPerUserToolCallbacks(
            PerUserActionTools.builder(user -> client.forUser("token-" + user)).build());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    @DisplayName("each user is offered their own integrations and custom fields")
    void ownTools() {
        // when
        ToolCallback[] ada = callbacks.forUser("ada");
        ToolCallback[] bob = callbacks.forUser("bob");

        // then
        assertThat(names(ada)).containsExactlyInAnyOrder(CONTACTS, "SLACK_SEARCH_MESSAGES");
        assertThat(names(bob)).containsExactlyInAnyOrder(CONTACTS, "GMAIL_GET_EMAIL_BY_ID");
        assertThat(find(ada, CONTACTS).getToolDefinition().inputSchema())
                .contains("loyalty_tier").doesNotContain("sales_territory");
        assertThat(callbacks.providerFor("ada").getToolCallbacks()).hasSize(2);
    }

    @Test
    @DisplayName("a call is checked against its user's schema and sent with that user's token")
    void runsForItsUser() {
        // given
        server.onRun(CONTACTS, Reply.json(200, "{\"ok\": true}"));
        String call = "{\"email\": \"a@example.com\", \"loyalty_tier\": \"gold\"}";

        // when
        String forAda = find(callbacks.forUser("ada"), CONTACTS).call(call, context("ada"));
        String forBob = find(callbacks.forUser("bob"), CONTACTS).call(call, context("bob"));

        // then
        assertThat(forAda).isEqualTo("{\"ok\":true}");
        assertThat(forBob).startsWith("The call to tool " + CONTACTS + " was not run, nothing "
                + "was sent.").contains("loyalty_tier");
        assertThat(server.runs()).singleElement()
                .satisfies(run -> assertThat(run.bearerToken()).hasValue("token-ada"));
    }

    @Test
    @DisplayName("a user's callbacks are built once per listing and refuse another user's context")
    void boundToTheirUser() {
        // given
        ToolCallback[] ada = callbacks.forUser("ada");

        // when
        ToolCallback[] again = callbacks.forUser("ada");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> find(ada, CONTACTS).call("{}", context("bob")));

        // then
        assertThat(again[0]).isSameAs(ada[0]);
        assertThat(server.listings()).hasSize(1);
        assertThat(e).hasMessageContaining("was listed for another user");
        assertThat(server.runs()).isEmpty();
    }

    private static ToolContext context(String userId) {
        return new ToolContext(Map.of(ActionKitToolCallback.USER_ID, userId));
    }

    private static String[] names(ToolCallback[] callbacks) {
        return Arrays.stream(callbacks).map(c -> c.getToolDefinition().name())
                .toArray(String[]::new);
    }

    private static ToolCallback find(ToolCallback[] callbacks, String name) {
        return Arrays.stream(callbacks).filter(c -> c.getToolDefinition().name().equals(name))
                .findFirst().orElseThrow();
    }

    /** A user's catalog: HubSpot contacts with one custom field, and one other action. */
    private static byte[] catalog(String customField, String otherAction) {
        Map<String, Object> contacts = tool(CONTACTS, Map.of("type", "object",
                "properties", Map.of("email", Map.of("type", "string"),
                        customField, Map.of("type", "string")),
                "required", List.of("email"), "additionalProperties", false));
        Map<String, Object> other = tool(otherAction, Map.of("type", "object"));
        Map<String, Object> body = Map.of("actions", Map.of(
                "hubspot", List.of(contacts),
                otherAction.startsWith("SLACK") ? "slack" : "gmail", List.of(other)),
                "errors", List.of());
        try {
            return new ObjectMapper().writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> tool(String name, Map<String, Object> parameters) {
        return Map.of("type", "function", "function",
                Map.of("name", name, "description", name, "parameters", parameters));
    }
}
