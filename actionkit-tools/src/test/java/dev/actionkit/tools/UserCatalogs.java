package dev.actionkit.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.actionkit.runtime.catalog.ActionCatalog;
import dev.actionkit.runtime.catalog.ActionDefinition;
import dev.actionkit.runtime.catalog.CatalogJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two users' own listings ({@code limit_to_available=true}), made from the real sample: each
 * connected different integrations, and each has a different HubSpot custom property.
 */
final class UserCatalogs {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Ada's custom HubSpot contact property. */
    static final String ADA_FIELD = "loyalty_tier";

    /** Bob's custom HubSpot contact property. */
    static final String BOB_FIELD = "sales_territory";

    /** An action only Ada's listing has: the generated code does not know it. */
    static final String LIVE_ONLY_ACTION = "SALESFORCE_CREATE_RECORD_OPPORTUNITY";

    private UserCatalogs() {}

    /** HubSpot with {@code loyalty_tier}, Salesforce with an action not generated, and Slack. */
    static byte[] ada() {
        Map<String, List<ActionDefinition>> integrations = new LinkedHashMap<>();
        integrations.put("hubspot", List.of(withProperty(sample("HUBSPOT_CREATE_RECORD_CONTACTS"),
                ADA_FIELD, "{\"type\": \"string\", \"enum\": [\"gold\", \"silver\"]}")));
        integrations.put("salesforce", List.of(new ActionDefinition("salesforce",
                LIVE_ONLY_ACTION, "Create an opportunity", json("{\"type\": \"object\", "
                        + "\"properties\": {\"Name\": {\"type\": \"string\"}, "
                        + "\"Level__c\": {\"type\": \"string\"}}, \"required\": [\"Name\"], "
                        + "\"additionalProperties\": false}"))));
        integrations.put("slack",
                List.of(sample("SLACK_SEARCH_MESSAGES"), sample("SLACK_LIST_MEMBERS")));
        return bytes(new ActionCatalog(integrations, List.of()));
    }

    /** Gmail, and HubSpot with {@code sales_territory}; ActionKit reports an error beside. */
    static byte[] bob() {
        Map<String, List<ActionDefinition>> integrations = new LinkedHashMap<>();
        integrations.put("gmail", List.of(sample("GMAIL_GET_EMAIL_BY_ID")));
        integrations.put("hubspot", List.of(withProperty(
                sample("HUBSPOT_CREATE_RECORD_CONTACTS"), BOB_FIELD, "{\"type\": \"string\"}")));
        return bytes(new ActionCatalog(integrations, List.of(
                json("{\"integration\": \"salesforce\", \"message\": \"token expired\"}"))));
    }

    /** A listing of one action, {@code action}, under {@code integration}. */
    static byte[] single(String integration, String action) {
        ActionDefinition only = new ActionDefinition(integration, action, "", json(
                "{\"type\": \"object\", \"properties\": {\"text\": {\"type\": \"string\"}}}"));
        return bytes(new ActionCatalog(Map.of(integration, List.of(only)), List.of()));
    }

    private static ActionDefinition sample(String name) {
        return SampleCatalog.definitions().stream()
                .filter(action -> action.name().equals(name))
                .findFirst().orElseThrow();
    }

    private static ActionDefinition withProperty(ActionDefinition action, String name,
            String schema) {
        ObjectNode parameters = (ObjectNode) action.parameters();
        ((ObjectNode) parameters.get("properties")).set(name, json(schema));
        return new ActionDefinition(action.integration(), action.name(), action.description(),
                parameters);
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(ActionCatalog catalog) {
        return CatalogJson.toJson(catalog).toString().getBytes(StandardCharsets.UTF_8);
    }
}
