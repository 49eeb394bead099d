package dev.actionkit.runtime;

import static dev.actionkit.runtime.TestClients.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.RecordedRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A run sends exactly the request ActionKit documents")
class RunRequestTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FakeActionKit server;
    private ActionKitClient client;

    @BeforeEach
    void start() {
        server = FakeActionKit.start("p-42", 0);
        client = TestClients.builder(server, new RecordingSleeper()).userAgent("acme/1.0").build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Parameters as a generated class would carry them: absent values are null. */
    public record SendMessageParams(String channel, String message, String botName) {}

    @Test
    @DisplayName("a run is a POST to /projects/{id}/actions with the bearer token and JSON body")
    void sendsMethodPathHeadersAndBody() throws Exception {
        // given
        Map<String, Object> parameters = Map.of("channel", "#general", "message", "Hello");

        // when
        client.run("SLACK_SEND_MESSAGE", parameters);

        // then
        RecordedRequest request = server.runs().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/projects/p-42/actions");
        assertThat(request.rawQuery()).isEmpty();
        assertThat(request.header("Authorization")).contains("Bearer " + TOKEN);
        assertThat(request.header("Content-Type")).contains("application/json");
        assertThat(request.header("User-Agent")).contains("acme/1.0");
        assertThat(request.header("X-Paragon-Credential")).isEmpty();
        assertThat(request.header("Accept")).contains("application/json, */*;q=0.8");
        assertThat(request.json()).isEqualTo(MAPPER.readTree(
                "{\"action\": \"SLACK_SEND_MESSAGE\","
                        + " \"parameters\": {\"channel\": \"#general\", \"message\": \"Hello\"}}"));
    }

    @Test
    @DisplayName("the default user agent names the runtime and its version")
    void defaultUserAgent() {
        // given
        ActionKitClient plain = TestClients.client(server, new RecordingSleeper());

        // when
        plain.run("SLACK_SEND_MESSAGE", Map.of());

        // then
        assertThat(server.runs().get(0).header("User-Agent").orElseThrow())
                .matches("actionkit-java/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    @DisplayName("the body is exactly {\"action\":...,\"parameters\":...}, in that order")
    void exactBodyBytes() {
        // when
        client.run("SLACK_SEND_MESSAGE", Map.of("channel", "#general"));

        // then
        assertThat(server.runs().get(0).bodyText())
                .isEqualTo("{\"action\":\"SLACK_SEND_MESSAGE\","
                        + "\"parameters\":{\"channel\":\"#general\"}}");
    }

    @Test
    @DisplayName("null values of a Map are sent as JSON nulls, nested ones too: sent as built")
    void mapNullsAreSent() {
        // given
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("name", "Ada");
        nested.put("title", null);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("channel", "#general");
        parameters.put("botName", null);
        parameters.put("owner", nested);

        // when
        client.run("SLACK_SEND_MESSAGE", parameters);

        // then
        assertThat(server.runs().get(0).json().get("parameters").toString())
                .isEqualTo("{\"channel\":\"#general\",\"botName\":null,"
                        + "\"owner\":{\"name\":\"Ada\",\"title\":null}}");
    }

    @Test
    @DisplayName("a JsonNode is sent exactly as given, its null fields included")
    void jsonNodeParameters() {
        // given
        ObjectNode parameters = MAPPER.createObjectNode()
                .put("channel", "#general")
                .putNull("botName");
        parameters.putArray("tags").add("a").add(2);

        // when
        client.run("SLACK_SEND_MESSAGE", parameters);

        // then
        assertThat(server.runs().get(0).json().get("parameters").toString())
                .isEqualTo("{\"channel\":\"#general\",\"botName\":null,\"tags\":[\"a\",2]}");
    }

    @Test
    @DisplayName("a parameter object is written by Jackson, absent values left out")
    void pojoParameters() {
        // when
        client.run("SLACK_SEND_MESSAGE", new SendMessageParams("#general", "Hi", null));

        // then
        assertThat(server.runs().get(0).json().get("parameters").toString())
                .isEqualTo("{\"channel\":\"#general\",\"message\":\"Hi\"}");
    }

    @Test
    @DisplayName("null parameters are sent as an empty object")
    void nullParameters() {
        // when
        client.run("SLACK_SEND_MESSAGE", null);

        // then
        JsonNode body = server.runs().get(0).json();
        assertThat(body.get("parameters").toString()).isEqualTo("{}");
    }

    @Test
    @DisplayName("parameters Jackson cannot write fail before anything is sent, naming the action")
    void unwritableParameters() {
        // given
        Object notJson = new Object();

        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> client.run("SLACK_SEND_MESSAGE", notJson));

        // then
        assertThat(e.getMessage()).startsWith(
                "the parameters of SLACK_SEND_MESSAGE could not be written as JSON: ");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    @DisplayName("a credential id from the builder is sent as X-Paragon-Credential")
    void builderCredential() {
        // given
        ActionKitClient withAccount = TestClients.builder(server, new RecordingSleeper())
                .credentialId("cred-1").build();

        // when
        withAccount.run("SLACK_SEND_MESSAGE", Map.of());
        withAccount.listActions();

        // then
        assertThat(server.requests()).extracting(r -> r.header("X-Paragon-Credential").orElse(""))
                .containsExactly("cred-1", "cred-1");
    }

    @Test
    @DisplayName("withCredential selects an account; forUser does not carry it to another user")
    void credentialPerUser() {
        // given
        ActionKitClient ada = client.forUser("token-ada").withCredential("cred-ada");
        ActionKitClient bob = ada.forUser("token-bob");

        // when
        ada.run("SLACK_SEND_MESSAGE", Map.of());
        bob.run("SLACK_SEND_MESSAGE", Map.of());

        // then
        List<RecordedRequest> runs = server.runs();
        assertThat(runs.get(0).bearerToken()).contains("token-ada");
        assertThat(runs.get(0).header("X-Paragon-Credential")).contains("cred-ada");
        assertThat(runs.get(1).bearerToken()).contains("token-bob");
        assertThat(runs.get(1).header("X-Paragon-Credential")).isEmpty();
        assertThat(ada.credentialId()).contains("cred-ada");
        assertThat(bob.credentialId()).isEmpty();
    }

    @Test
    @DisplayName("a missing or blank action name fails before anything is sent")
    void actionName() {
        // when
        NullPointerException missing = assertThrows(NullPointerException.class,
                () -> client.run(null, Map.of()));
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> client.runAsync(" ", Map.of()));

        // then
        assertThat(missing).hasMessage("action == null");
        assertThat(blank).hasMessage("action is blank");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    @DisplayName("a client without a token refuses to send, telling how to give one")
    void noToken() {
        // given
        ActionKitClient anonymous = ActionKitClient.builder()
                .baseUrl(server.baseUrl()).projectId("p-42").build();

        // when
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> anonymous.run("SLACK_SEND_MESSAGE", Map.of()));

        // then
        assertThat(e).hasMessage("no token: call forUser(userToken) or set builder().token(...)");
        assertThat(anonymous.hasToken()).isFalse();
        assertThat(anonymous.forUser("t").hasToken()).isTrue();
        assertThat(server.requests()).isEmpty();
    }

    @Test
    @DisplayName("a project id with reserved characters is escaped in the path")
    void projectIdEscaped() {
        // given
        ActionKitClient odd = ActionKitClient.builder()
                .baseUrl(server.baseUrl() + "/").projectId("a b/c").token(TOKEN).build();

        // when
        assertThrows(ActionKitApiException.class, () -> odd.run("X", Map.of()));

        // then
        assertThat(server.requests().get(0).path()).isEqualTo("/projects/a%20b%2Fc/actions");
        assertThat(odd.baseUrl()).isEqualTo(server.baseUrl());
    }
}
