package dev.actionkit.examples.quickstart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.RecordedRequest;
import dev.actionkit.testkit.Reply;
import java.nio.charset.StandardCharsets;

/**
 * The embedded stand-in for ActionKit that the quickstart talks to when no Paragon project is
 * configured: a real HTTP server on loopback whose answers are shaped like ActionKit's own (the
 * provider's raw response on success, ActionKit's error body when the user has not connected an
 * integration).
 */
final class LocalActionKit {

    static final String PROJECT_ID = "quickstart-project";
    static final String USER_TOKEN = "eyJhbGciOiJSUzI1NiJ9.quickstart-demo-user.signature";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private LocalActionKit() {}

    /** Starts the stand-in on a free loopback port. */
    static FakeActionKit start() {
        FakeActionKit server = FakeActionKit.start(PROJECT_ID, 0).acceptTokens(USER_TOKEN);
        server.defaultRun(LocalActionKit::answer);
        return server;
    }

    private static Reply answer(RecordedRequest request) {
        JsonNode parameters = request.json().path("parameters");
        return switch (request.actionName().orElse("")) {
            case "SLACK_SEND_MESSAGE" -> Reply.json(200, slackMessage(parameters));
            case "HUBSPOT_CREATE_RECORD_CONTACTS" -> Reply.json(200, "{\"id\": \"51\", "
                    + "\"properties\": {\"email\": " + quote(parameters.path("field-email").asText())
                    + ", \"lifecyclestage\": \"lead\"}, \"archived\": false}");
            case "SALESFORCE_CREATE_RECORD_CONTACT" -> Reply.json(201,
                    "{\"id\": \"0035e00000AbCdEAAV\", \"success\": true, \"errors\": []}");
            case "GMAIL_SEND_EMAIL" -> Reply.json(200, "{\"id\": \"18c2f0a9b1d2e3f4\", "
                    + "\"threadId\": \"18c2f0a9b1d2e3f4\", \"labelIds\": [\"SENT\"]}");
            case "GOOGLE_DRIVE_GET_FILE_BY_ID" -> Reply.of(200, "text/plain; charset=utf-8",
                    "Q3 roadmap\n- ship the typed client\n- retire hand-built JSON maps\n"
                            .getBytes(StandardCharsets.UTF_8));
            case "NOTION_CREATE_PAGE" -> Reply.json(404, "{\"message\": \"Integration not enabled "
                    + "for user.\", \"code\": \"integration_not_enabled\", \"status\": 404, "
                    + "\"meta\": {\"requestId\": \"req-7f3a\"}}");
            default -> Reply.json(200, "{\"ok\": true}");
        };
    }

    private static String slackMessage(JsonNode parameters) {
        ObjectNode message = MAPPER.createObjectNode();
        message.put("ok", true);
        message.put("channel", "CSQCUNXBP");
        message.put("ts", "1739896301.418839");
        ObjectNode body = message.putObject("message");
        body.put("type", "message");
        body.put("text", parameters.path("message").asText());
        if (parameters.has("botName")) {
            body.putObject("bot_profile").put("name", parameters.get("botName").asText());
        }
        return message.toString();
    }

    private static String quote(String text) {
        return MAPPER.getNodeFactory().textNode(text).toString();
    }
}
