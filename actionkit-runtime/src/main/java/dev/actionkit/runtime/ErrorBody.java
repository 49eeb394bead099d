package dev.actionkit.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;

/** What an error response said, decoded from a JSON, plain-text or HTML body. */
record ErrorBody(String code, String requestId, String message, String raw) {

    private static final int MAX_TEXT_MESSAGE = 300;

    static ErrorBody parse(byte[] bytes) {
        String raw = new String(bytes, StandardCharsets.UTF_8);
        JsonNode json = Json.readOrNull(bytes);
        if (json == null || !json.isObject()) {
            return new ErrorBody(null, null, textMessage(raw), raw);
        }
        return new ErrorBody(
                text(json.get("code")),
                text(json.path("meta").get("requestId")),
                decodeMessage(json.get("message"), raw),
                raw);
    }

    /** A message may itself be a JSON-encoded string or object: decode it one level. */
    private static String decodeMessage(JsonNode message, String raw) {
        if (message == null || message.isNull()) {
            return textMessage(raw);
        }
        if (!message.isTextual()) {
            return message.toString();
        }
        String text = message.asText();
        String trimmed = text.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[") || trimmed.startsWith("\"")) {
            JsonNode inner = Json.readOrNull(trimmed.getBytes(StandardCharsets.UTF_8));
            if (inner != null) {
                JsonNode innerMessage = inner.isObject() ? inner.get("message") : null;
                if (innerMessage != null && innerMessage.isTextual()) {
                    return innerMessage.asText();
                }
                return inner.isTextual() ? inner.asText() : inner.toString();
            }
        }
        return text;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
    }

    /** Plain text and HTML bodies: tags dropped, white space folded, shortened. */
    private static String textMessage(String raw) {
        String text = raw.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("<[^>]*>", " ")
                .replaceAll("\\s+", " ")
                .strip();
        return text.length() <= MAX_TEXT_MESSAGE ? text : text.substring(0, MAX_TEXT_MESSAGE) + "...";
    }
}
