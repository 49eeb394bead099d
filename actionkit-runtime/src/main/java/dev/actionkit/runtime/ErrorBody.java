package dev.actionkit.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What an error response said, decoded from a JSON, plain-text or HTML body. The message of a
 * text or HTML body comes from its first {@value #MAX_SCANNED} characters only, read in linear
 * time, so that a hostile error page cannot keep a call busy.
 *
 * @param code ActionKit's error code, or null
 * @param requestId the body's {@code meta.requestId}, or null
 * @param message the decoded message, possibly empty, never null
 * @param raw the body as received, decoded as UTF-8
 */
record ErrorBody(String code, String requestId, String message, String raw) {

    private static final int MAX_TEXT_MESSAGE = 300;
    private static final int MAX_SCANNED = 16 * 1024;

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

    /**
     * Returns this body with every echo of {@code secret} masked ({@link Redaction}); null
     * changes nothing. The fields are already decoded; a JSON body that still holds an echo once
     * its escapes are decoded (such as {@code \u0053ECRET}) is replaced by its redacted,
     * re-serialized form.
     */
    ErrorBody redact(String secret) {
        if (secret == null || secret.isEmpty()) {
            return this;
        }
        String maskedRaw = Redaction.mask(raw, secret);
        // Only an escape (a backslash) can spell the token otherwise in JSON text.
        JsonNode json = maskedRaw.indexOf('\\') >= 0
                ? Json.readOrNull(maskedRaw.getBytes(StandardCharsets.UTF_8))
                : null;
        if (json != null) {
            JsonNode redacted = redactTree(json, secret);
            if (!redacted.equals(json)) {
                maskedRaw = redacted.toString();
            }
        }
        return new ErrorBody(Redaction.mask(code, secret), Redaction.mask(requestId, secret),
                Redaction.mask(message, secret), maskedRaw);
    }

    /** Returns {@code node} with every string and field name masked. */
    private static JsonNode redactTree(JsonNode node, String secret) {
        if (node.isTextual()) {
            return TextNode.valueOf(Redaction.mask(node.asText(), secret));
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode(node.size());
            node.forEach(item -> copy.add(redactTree(item, secret)));
            return copy;
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                copy.set(Redaction.mask(field.getKey(), secret),
                        redactTree(field.getValue(), secret));
            }
            return copy;
        }
        return node;
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

    /** Plain text and HTML: a bounded prefix, tags dropped, white space folded, shortened. */
    private static String textMessage(String raw) {
        String prefix = raw.length() <= MAX_SCANNED ? raw : raw.substring(0, MAX_SCANNED);
        String text = HtmlText.visible(prefix).replaceAll("\\s+", " ").strip();
        return text.length() <= MAX_TEXT_MESSAGE
                ? text
                : text.substring(0, MAX_TEXT_MESSAGE) + "...";
    }
}
