package dev.actionkit.tools;

import dev.actionkit.runtime.ActionKitApiException;
import dev.actionkit.runtime.ActionResult;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Renders what a tool call gave as the text a model expects back: JSON as compact JSON, text as
 * it is, and a binary body (a PDF, an image) as a one-line note instead of bytes.
 */
public final class ToolResultText {

    private ToolResultText() {}

    /** Returns the result as text for a model. */
    public static String render(ActionResult result) {
        if (result.isJson()) {
            return result.json().toString();
        }
        String type = result.contentType().orElse("");
        if (isText(type) || (type.isEmpty() && isUtf8(result.bytes()))) {
            return result.text();
        }
        return "[the action returned " + result.bytes().length + " bytes of "
                + (type.isEmpty() ? "binary content" : type) + ", not shown]";
    }

    /** Returns an ActionKit error as text for a model: status, and what ActionKit said. */
    public static String render(ActionKitApiException error) {
        String advice = error.isIntegrationNotConnected()
                ? " The user has not connected this integration; ask them to connect it first."
                : "";
        return "The action failed with HTTP " + error.status() + ": " + error.apiMessage() + advice;
    }

    private static boolean isText(String contentType) {
        String mime = contentType.toLowerCase(Locale.ROOT);
        return mime.startsWith("text/") || mime.contains("xml") || mime.contains("javascript");
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
