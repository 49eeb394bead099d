package dev.actionkit.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/**
 * What an error response said, decoded from a JSON, plain-text or HTML body.
 *
 * @param code ActionKit's error code, or null
 * @param requestId the body's {@code meta.requestId}, or null
 * @param message the decoded message, possibly empty, never null
 * @param raw the body as received, decoded as UTF-8
 */
record ErrorBody(String code, String requestId, String message, String raw) {

    private static final int MAX_TEXT_MESSAGE = 300;
    private static final String REDACTED = "****";

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

    /** Returns this body with every occurrence of {@code secret} masked; null changes nothing. */
    ErrorBody redact(String secret) {
        if (secret == null || secret.isEmpty()) {
            return this;
        }
        return new ErrorBody(mask(code, secret), mask(requestId, secret),
                mask(message, secret), mask(raw, secret));
    }

    private static String mask(String text, String secret) {
        return text == null ? null : text.replace(secret, REDACTED);
    }

    /**
     * A message may itself be a JSON-encoded string (a provider's error relayed as text): it is
     * decoded one level. An inner object's {@code message} is kept, followed by its other fields
     * (such as {@code details}), which are usually what tells the reader what to do.
     */
    private static String decodeMessage(JsonNode message, String raw) {
        if (message == null || message.isNull()) {
            return textMessage(raw);
        }
        if (!message.isTextual()) {
            return message.toString();
        }
        String text = message.asText();
        String trimmed = text.strip();
        if (!(trimmed.startsWith("{") || trimmed.startsWith("[") || trimmed.startsWith("\""))) {
            return text;
        }
        JsonNode inner = Json.readOrNull(trimmed.getBytes(StandardCharsets.UTF_8));
        if (inner == null) {
            return text;
        }
        if (inner.isTextual()) {
            return inner.asText();
        }
        JsonNode innerMessage = inner.isObject() ? inner.get("message") : null;
        if (innerMessage == null || !innerMessage.isTextual()) {
            return inner.toString();
        }
        ObjectNode rest = ((ObjectNode) inner).deepCopy();
        rest.remove("message");
        return rest.isEmpty() ? innerMessage.asText() : innerMessage.asText() + " " + rest;
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
        return text.length() <= MAX_TEXT_MESSAGE
                ? text
                : text.substring(0, MAX_TEXT_MESSAGE) + "...";
    }
}
