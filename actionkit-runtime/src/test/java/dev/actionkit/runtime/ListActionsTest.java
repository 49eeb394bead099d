package dev.actionkit.runtime;

import static dev.actionkit.runtime.TestClients.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.actionkit.runtime.catalog.ActionCatalog;
import dev.actionkit.runtime.catalog.ActionDefinition;
import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.RecordedRequest;
import dev.actionkit.testkit.Reply;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Listing actions reads the catalog through the one shared parser")
class ListActionsTest {

    private FakeActionKit server;
    private ActionKitClient client;

    @BeforeEach
    void start() {
        server = FakeActionKit.start();
        client = TestClients.client(server, new RecordingSleeper());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    @DisplayName("the default listing asks for every action as JSON Schema")
    void defaultQuery() {
        // when
        client.listActions();

        // then
        RecordedRequest request = server.listings().get(0);
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/projects/test-project/actions");
        assertThat(request.rawQuery()).isEqualTo("format=json_schema&limit_to_available=false");
        assertThat(request.header("Authorization")).contains("Bearer " + TOKEN);
        assertThat(request.body()).isEmpty();
    }

    @Test
    @DisplayName("filters and reload_fields are sent comma-separated and escaped")
    void filteredQuery() {
        // given
        ListActionsOptions options = ListActionsOptions.defaults()
                .withIntegrations(List.of("slack", "custom.spotify"))
                .withCategories(List.of("crm", "a b"))
                .withReloadFields(true)
                .withLimitToAvailable(true);

        // when
        client.listActions(options);

        // then
        RecordedRequest request = server.listings().get(0);
        assertThat(request.rawQuery()).isEqualTo("format=json_schema&limit_to_available=true"
                + "&reload_fields=true&integrations=slack%2Ccustom.spotify&categories=crm%2Ca%20b");
        assertThat(request.query()).containsEntry("integrations", "slack,custom.spotify")
                .containsEntry("categories", "crm,a b");
    }

    @Test
    @DisplayName("the real list response is read with every action and its schema")
    void realResponse() {
        // given
        server.catalog(TestClients.testdata("paragon/list-actions-response-20-actions.json"));

        // when
        ActionCatalog catalog = client.listActions();

        // then
        assertThat(catalog.actionCount()).isEqualTo(18);
        assertThat(catalog.integrations().keySet())
                .containsExactly(
                        "salesforce", "hubspot", "slack", "gmail", "googledrive", "notion");
        ActionDefinition last = catalog.actions().get(17);
        assertThat(last.integration()).isEqualTo("notion");
        assertThat(last.name()).isEqualTo("NOTION_GET_PAGE_CONTENT");
        assertThat(last.parameters().at("/required/0").asText()).isEqualTo("blockId");
        assertThat(catalog.errors()).isEmpty();
    }

    @Test
    @DisplayName("a response with the newer tools key is read like one with actions")
    void toolsKey() {
        // given
        server.catalog(bytes("{\"tools\": {\"slack\": [{\"type\": \"function\", \"function\": "
                + "{\"name\": \"SLACK_SEND_MESSAGE\", \"description\": \"Send\", "
                + "\"parameters\": {\"type\": \"object\"}}}]}}"));

        // when
        ActionCatalog catalog = client.listActions();

        // then
        assertThat(catalog.actions()).extracting(ActionDefinition::name)
                .containsExactly("SLACK_SEND_MESSAGE");
        assertThat(catalog.actions().get(0).description()).isEqualTo("Send");
    }

    @Test
    @DisplayName("a non-empty errors array is kept, item by item, as JSON")
    void errorsKept() {
        // given
        server.catalog(bytes("{\"actions\": {\"slack\": []}, \"errors\": ["
                + "{\"integration\": \"salesforce\", \"message\": \"token expired\"},"
                + " \"plain text error\"]}"));

        // when
        ActionCatalog catalog = client.listActions();

        // then
        assertThat(catalog.errors()).hasSize(2);
        assertThat(catalog.errors().get(0).get("integration").asText()).isEqualTo("salesforce");
        assertThat(catalog.errors().get(1).asText()).isEqualTo("plain text error");
        assertThat(catalog.integrations()).containsOnlyKeys("slack");
    }

    @Test
    @DisplayName("a 401 on a listing is an API error that names GET /actions")
    void unauthorized() {
        // given
        server.acceptTokens("another-token");

        // when
        ActionKitApiException e = assertThrows(ActionKitApiException.class,
                () -> client.listActions());

        // then
        assertThat(e).hasMessage("GET /actions failed: HTTP 401, code 40100, request id req-401:"
                + " Unauthorized: invalid or expired token.");
        assertThat(e.isAuthenticationFailure()).isTrue();
        assertThat(e.operation()).isEqualTo("GET /actions");
    }

    @Test
    @DisplayName("an answer that is not a catalog fails with a CatalogFormatException")
    void notACatalog() {
        // given
        server.enqueueList(Reply.html(200, "<html><body>Login</body></html>"));

        // when
        CatalogFormatException e = assertThrows(CatalogFormatException.class,
                () -> client.listActions());

        // then
        assertThat(e.getMessage()).startsWith("catalog: is not valid JSON: ");
        assertThat(e.pointer()).isEmpty();
    }

    @Test
    @DisplayName("the listing options reject null filters")
    void optionsChecks() {
        // when
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> client.listActions(null));

        // then
        assertThat(e).hasMessage("options == null");
        assertThat(ListActionsOptions.defaults()).isEqualTo(
                new ListActionsOptions("json_schema", false, false, List.of(), List.of()));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
