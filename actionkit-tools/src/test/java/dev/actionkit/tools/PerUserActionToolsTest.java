package dev.actionkit.tools;

import static dev.actionkit.tools.UserCatalogs.ADA_FIELD;
import static dev.actionkit.tools.UserCatalogs.BOB_FIELD;
import static dev.actionkit.tools.UserCatalogs.LIVE_ONLY_ACTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.actionkit.runtime.ActionDescriptor;
import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.RecordedRequest;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Each user gets tools from their own live listing")
class PerUserActionToolsTest {

    private static final String CONTACTS = "HUBSPOT_CREATE_RECORD_CONTACTS";

    private final UsersServer actionKit = new UsersServer();
    private final FakeActionKit server = actionKit.server;
    private final ActionTools generated = ActionTools.of(SampleCatalog.descriptors());
    private final PerUserActionTools perUser = PerUserActionTools.builder(actionKit::clientFor)
            .fallback(generated)
            .build();

    @AfterEach
    void stopServer() {
        actionKit.close();
    }

    @Test
    @DisplayName("two users with different integrations and custom fields get different tools")
    void usersGetTheirOwnTools() {
        // when
        UserTools ada = perUser.toolsFor("ada");
        UserTools bob = perUser.toolsFor("bob");

        // then
        assertThat(ada.origin()).isEqualTo(UserTools.Origin.LIVE);
        assertThat(ada.tools().descriptors()).extracting(ActionDescriptor::name).containsExactly(
                CONTACTS, LIVE_ONLY_ACTION, "SLACK_SEARCH_MESSAGES", "SLACK_LIST_MEMBERS");
        assertThat(bob.tools().descriptors()).extracting(ActionDescriptor::name)
                .containsExactly("GMAIL_GET_EMAIL_BY_ID", CONTACTS);
        assertThat(properties(ada, CONTACTS).has(ADA_FIELD)).isTrue();
        assertThat(properties(ada, CONTACTS).has(BOB_FIELD)).isFalse();
        assertThat(properties(bob, CONTACTS).has(BOB_FIELD)).isTrue();
        assertThat(properties(bob, CONTACTS).has(ADA_FIELD)).isFalse();
        assertThat(ada.tools().toOpenAiJson().toString()).contains(ADA_FIELD)
                .doesNotContain(BOB_FIELD);
        assertThat(bob.tools().toAnthropicJson().toString()).contains(BOB_FIELD)
                .doesNotContain(ADA_FIELD);
    }

    @Test
    @DisplayName("a custom field passes validation for the user who has it and fails for the other")
    void customFieldsAreValidatedPerUser() {
        // given
        String arguments = "{\"email\": \"ada@example.com\", \"" + ADA_FIELD + "\": \"gold\"}";

        // when
        JsonNode accepted = perUser.toolsFor("ada").runner().check(CONTACTS, arguments);
        ToolCallRejectedException forBob = assertThrows(ToolCallRejectedException.class,
                () -> perUser.toolsFor("bob").runner().check(CONTACTS, arguments));
        ToolCallRejectedException offline = assertThrows(ToolCallRejectedException.class,
                () -> new ToolCallRunner(generated).check(CONTACTS, arguments));

        // then: the live schema decides, where the generated one rejects the field for everyone
        assertThat(accepted.get(ADA_FIELD).asText()).isEqualTo("gold");
        assertThat(forBob.violations()).singleElement().asString().contains(ADA_FIELD);
        assertThat(offline.violations()).singleElement().asString().contains(ADA_FIELD);
    }

    @Test
    @DisplayName("an action the generated code does not know is offered and runs by name")
    void liveOnlyActionsRunByName() {
        // given
        UserTools ada = perUser.toolsFor("ada");

        // when
        String reply = ada.runner().runForModel(actionKit.clientFor("ada"), LIVE_ONLY_ACTION,
                "{\"Name\": \"Renewal\", \"Level__c\": \"Gold\"}");

        // then
        assertThat(generated.find(LIVE_ONLY_ACTION)).isEmpty();
        assertThat(reply).isEqualTo("{\"ok\":true}");
        RecordedRequest run = server.runs().get(0);
        assertThat(run.json().get("action").asText()).isEqualTo(LIVE_ONLY_ACTION);
        assertThat(run.json().at("/parameters/Level__c").asText()).isEqualTo("Gold");
        assertThat(run.bearerToken()).contains("token-ada");
    }

    @Test
    @DisplayName("runForModel checks the call against the user's own tools and sends their token")
    void runForModelActsForTheUser() {
        // given
        String arguments = "{\"email\": \"a@example.com\", \"" + BOB_FIELD + "\": \"EMEA\"}";

        // when
        String forBob = perUser.runForModel("bob", CONTACTS, arguments);
        String forAda = perUser.runForModel("ada", CONTACTS, arguments);

        // then
        assertThat(forBob).isEqualTo("{\"ok\":true}");
        assertThat(forAda).startsWith("The call to tool " + CONTACTS + " was not run")
                .contains(BOB_FIELD);
        assertThat(server.runs()).singleElement().satisfies(run -> {
            assertThat(run.bearerToken()).contains("token-bob");
            assertThat(run.json().at("/parameters/" + BOB_FIELD).asText()).isEqualTo("EMEA");
        });
    }

    @Test
    @DisplayName("a user's tools drop the generated actions of integrations they did not connect")
    void generatedActionsOfOtherIntegrationsAreNotOffered() {
        // when
        UserTools bob = perUser.toolsFor("bob");
        String reply = bob.runner().runForModel(actionKit.clientFor("bob"),
                "NOTION_SEARCH_PAGES", "{}");

        // then
        assertThat(generated.find("NOTION_SEARCH_PAGES")).isPresent();
        assertThat(bob.tools().find("NOTION_SEARCH_PAGES")).isEmpty();
        assertThat(reply).startsWith("The call to tool NOTION_SEARCH_PAGES was not run, nothing "
                + "was sent.").contains("there is no tool named NOTION_SEARCH_PAGES");
        assertThat(server.runs()).isEmpty();
    }

    @Test
    @DisplayName("the listing asks for the user's available actions, and reloads fields if told")
    void listingAsksForAvailableActions() {
        // given
        PerUserActionTools reloading = PerUserActionTools.builder(actionKit::clientFor)
                .reloadFields(true)
                .integrations("hubspot", "slack")
                .build();

        // when
        perUser.toolsFor("ada");
        reloading.toolsFor("bob");

        // then
        Map<String, String> plain = server.listings().get(0).query();
        Map<String, String> reload = server.listings().get(1).query();
        assertThat(plain).containsEntry("limit_to_available", "true")
                .containsEntry("format", "json_schema").doesNotContainKey("integrations");
        assertThat(plain.getOrDefault("reload_fields", "false")).isEqualTo("false");
        assertThat(reload).containsEntry("limit_to_available", "true")
                .containsEntry("reload_fields", "true")
                .containsEntry("integrations", "hubspot,slack");
    }

    @Test
    @DisplayName("the errors ActionKit reports beside a listing are kept with the user's tools")
    void listingErrorsAreKept() {
        // when
        UserTools bob = perUser.toolsFor("bob");
        UserTools ada = perUser.toolsFor("ada");

        // then
        assertThat(bob.listingErrors()).singleElement()
                .satisfies(error -> assertThat(error.get("integration").asText())
                        .isEqualTo("salesforce"));
        assertThat(ada.listingErrors()).isEmpty();
    }

    @Test
    @DisplayName("toString shows the origin and the tools, never a token")
    void toStringShowsNoToken() {
        // when
        String user = perUser.toolsFor("ada").toString();
        String source = perUser.toString();

        // then
        assertThat(user).isEqualTo("UserTools{LIVE, ActionTools[" + CONTACTS + ", "
                + LIVE_ONLY_ACTION + ", SLACK_SEARCH_MESSAGES, SLACK_LIST_MEMBERS]}");
        assertThat(source).isEqualTo("PerUserActionTools{timeToLive=PT15M, users=1, fallback="
                + generated.size() + " tools}");
        assertThat(user + source).doesNotContain("token");
    }

    @Test
    @DisplayName("builder settings that cannot work are refused with the setting's name")
    void refusesBadSettings() {
        // given
        PerUserActionTools.Builder builder = PerUserActionTools.builder(actionKit::clientFor);

        // when
        IllegalArgumentException ttl = assertThrows(IllegalArgumentException.class,
                () -> builder.timeToLive(java.time.Duration.ZERO));
        IllegalArgumentException retry = assertThrows(IllegalArgumentException.class,
                () -> builder.retryAfterFailure(java.time.Duration.ofSeconds(-1)));
        IllegalArgumentException users = assertThrows(IllegalArgumentException.class,
                () -> builder.maxUsers(0));
        NullPointerException key = assertThrows(NullPointerException.class,
                () -> perUser.toolsFor(null));

        // then
        assertThat(ttl.getMessage()).isEqualTo("timeToLive must be positive: PT0S");
        assertThat(retry.getMessage()).isEqualTo("retryAfterFailure must be positive: PT-1S");
        assertThat(users.getMessage()).isEqualTo("maxUsers < 1: 0");
        assertThat(key.getMessage()).isEqualTo("userKey == null");
    }

    private static JsonNode properties(UserTools user, String action) {
        return user.tools().find(action).orElseThrow().parametersSchema().get("properties");
    }
}
