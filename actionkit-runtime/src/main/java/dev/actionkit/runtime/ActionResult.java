package dev.actionkit.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The successful answer to a run: the provider's raw response, unwrapped. It is not always JSON
 * (file downloads return text, PDFs or images), so the bytes are kept as received and read on
 * demand with {@link #json()}, {@link #as(Class)} or {@link #text()}.
 */
public final class ActionResult {

    private final int status;
    private final String contentType;
    private final byte[] body;

    /**
     * @param status the HTTP status
     * @param contentType the {@code Content-Type} header, or {@code null} when absent
     * @param body the body as received (copied)
     */
    public ActionResult(int status, String contentType, byte[] body) {
        this(status, contentType, body, true);
    }

    /** Takes ownership of {@code body} without copying it: the runtime's own, hot path. */
    static ActionResult owning(int status, String contentType, byte[] body) {
        return new ActionResult(status, contentType, body, false);
    }

    private ActionResult(int status, String contentType, byte[] body, boolean copy) {
        this.status = status;
        this.contentType = contentType;
        this.body = copy ? body.clone() : body;
    }

    /** Returns the HTTP status, e.g. 200. */
    public int status() {
        return status;
    }

    /** Returns the {@code Content-Type} header, when the server sent one. */
    public Optional<String> contentType() {
        return Optional.ofNullable(contentType);
    }

    /** Returns true when the content type is JSON ({@code application/json} or {@code +json}). */
    public boolean isJson() {
        if (contentType == null) {
            return false;
        }
        String mime = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return mime.equals("application/json") || mime.endsWith("+json");
    }

    /** Returns a copy of the body bytes. */
    public byte[] bytes() {
        return body.clone();
    }

    /** Returns the body decoded with the charset of the content type (UTF-8 by default). */
    public String text() {
        return new String(body, charset());
    }

    /**
     * Returns the body as JSON. An empty body is JSON {@code null}.
     *
     * @throws IllegalStateException if the body is not JSON; the message names the content type
     */
    public JsonNode json() {
        if (body.length == 0) {
            return Json.MAPPER.nullNode();
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw notJson(e);
        }
    }

    /**
     * Returns the body as JSON bound to {@code type} with Jackson.
     *
     * @throws IllegalStateException if the body is not JSON or does not fit the type
     */
    public <T> T as(Class<T> type) {
        try {
            return Json.MAPPER.treeToValue(json(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the result does not fit " + type.getName() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    private IllegalStateException notJson(IOException e) {
        return new IllegalStateException("the result is not JSON (content type "
                + (contentType == null ? "absent" : contentType) + ", " + body.length
                + " bytes); use text() or bytes()", e);
    }

    private Charset charset() {
        if (contentType != null) {
            for (String part : contentType.split(";")) {
                String[] pair = part.strip().split("=", 2);
                if (pair.length == 2 && pair[0].equalsIgnoreCase("charset")) {
                    try {
                        return Charset.forName(pair[1].replace("\"", "").strip());
                    } catch (RuntimeException e) {
                        return StandardCharsets.UTF_8;
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ActionResult that && status == that.status
                && java.util.Objects.equals(contentType, that.contentType)
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * status + java.util.Objects.hashCode(contentType)) + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "ActionResult{status=" + status + ", contentType=" + contentType + ", "
                + body.length + " bytes}";
    }
}
