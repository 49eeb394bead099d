package dev.actionkit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.actionkit.runtime.catalog.ActionCatalog;
import dev.actionkit.runtime.catalog.ActionDefinition;
import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.Reply;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The samples of docs/RUNTIME.md, as written there, against the fake server. */
@DisplayName("The samples of docs/RUNTIME.md work as shown")
class DocSamplesTest {

    private FakeActionKit server;
    private ActionKitClient client;
    private final String adaToken = "ada-token";

    @BeforeEach
    void start() {
        server = FakeActionKit.start();
        client = ActionKitClient.builder()
                .baseUrl(server.baseUrl())
                .projectId(server.projectId())
                .retryPolicy(new RetryPolicy(
                        4,                          // attempts in all, the first included
                        Duration.ofMillis(250),     // first backoff, doubling ...
                        Duration.ofSeconds(4),      // ... up to this
                        Duration.ofSeconds(30)))    // longest Retry-After honoured
                .build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    record CreateContact(String email, String firstName, String lastName) {}

    record MyFile(String id) {}

    @Test
    @DisplayName("per-user clients, credential ids and parameter records send what the doc says")
    void perUserSamples() {
        // when
        ActionKitClient forAda = client.forUser(adaToken);
        ActionResult sent = forAda.run("SLACK_SEND_MESSAGE",
                Map.of("channel", "#general", "message", "Hello from Ada"));
        ActionResult result = client.forUser(adaToken)
                .withCredential("f4c1e1a6-credential-id")
                .run("SLACK_SEND_MESSAGE", Map.of("channel", "#ops", "message", "Deployed"));
        ActionResult created = forAda.run("HUBSPOT_CREATE_RECORD_CONTACTS",
                new CreateContact("ada@example.com", "Ada", null));

        // then
        assertThat(List.of(sent, result, created)).allMatch(r -> r.status() == 200);
        assertThat(server.runs().get(1).header("X-Paragon-Credential"))
                .contains("f4c1e1a6-credential-id");
        assertThat(server.runs().get(2).json().get("parameters").toString())
                .isEqualTo("{\"email\":\"ada@example.com\",\"firstName\":\"Ada\"}");
    }

    @Test
    @DisplayName("the result branches read JSON, text and bytes")
    void resultSamples() {
        // given
        server.enqueueRun("GOOGLE_DRIVE_GET_FILE_BY_ID", Reply.json(200, "{\"id\": \"f-1\"}"));
        server.enqueueRun("GOOGLE_DRIVE_GET_FILE_BY_ID", Reply.text(200, "hello"));
        ActionKitClient forAda = client.forUser(adaToken);
        String id = "f-1";

        // when
        ActionResult json = forAda.run("GOOGLE_DRIVE_GET_FILE_BY_ID", Map.of("fileId", id));
        ActionResult text = forAda.run("GOOGLE_DRIVE_GET_FILE_BY_ID", Map.of("fileId", id));

        // then
        assertThat(json.isJson()).isTrue();
        JsonNode tree = json.json();
        assertThat(json.as(MyFile.class)).isEqualTo(new MyFile(tree.get("id").asText()));
        assertThat(text.contentType().orElse("")).startsWith("text/");
        assertThat(text.text()).isEqualTo("hello");
    }

    @Test
    @DisplayName("async runs, listings and error checks behave as documented")
    void asyncListingAndErrors() throws Exception {
        // given
        ActionKitClient forAda = client.forUser(adaToken);
        server.catalog(TestClients.testdata("paragon/list-actions-response-20-actions.json"));
        server.enqueueRun("SLACK_SEND_MESSAGE", Reply.of(404, "application/json",
                TestClients.testdata("paragon/run-error-integration-not-connected.json")));

        // when
        ActionKitApiException e = assertThrows(ActionKitApiException.class,
                () -> forAda.run("SLACK_SEND_MESSAGE",
                        Map.of("channel", "#general", "message", "Hi")));
        CompletableFuture<ActionResult> pending = forAda.runAsync("SLACK_SEND_MESSAGE",
                Map.of("channel", "#general", "message", "Hello"));
        ActionCatalog catalog = client.forUser(adaToken).listActions();
        ActionCatalog slackOnly = forAda.listActions(ListActionsOptions.defaults()
                .withIntegrations(List.of("slack"))
                .withReloadFields(true));

        // then
        assertThat(e.isIntegrationNotConnected()).isTrue();
        assertThat(pending.get(5, TimeUnit.SECONDS).json().path("ok").asBoolean()).isTrue();
        assertThat(catalog.actions()).extracting(ActionDefinition::integration).contains("slack");
        assertThat(slackOnly.errors()).isEmpty();
        assertThat(server.listings().get(1).query())
                .containsEntry("integrations", "slack").containsEntry("reload_fields", "true");
    }

    @Test
    @DisplayName("a minted token is what forUser sends")
    void mintingSample() throws Exception {
        // given
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String signingKey =
                UserTokenMinterTest.Pem.pkcs8(generator.generateKeyPair().getPrivate());
        UserTokenMinter minter = UserTokenMinter.fromPem(signingKey);

        // when
        String token = minter.mint("user-42", Duration.ofMinutes(5));
        client.forUser(token).run("SLACK_SEND_MESSAGE", Map.of());

        // then
        assertThat(server.runs().get(0).bearerToken()).contains(token);
    }
}
