package dev.actionkit.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One request the fake server received, as it arrived.
 *
 * @param method the HTTP method
 * @param path the path, e.g. {@code /projects/p-1/actions}
 * @param rawQuery the raw query string, or {@code ""}
 * @param headers the headers, names in lower case
 * @param body the body bytes
 */
public record RecordedRequest(
        String method,
        String path,
        String rawQuery,
        Map<String, List<String>> headers,
        byte[] body) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Lower-cases header names and copies headers and body. */
    public RecordedRequest {
        Map<String, List<String>> lower = new LinkedHashMap<>();
        headers.forEach((name, values) ->
                lower.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        headers = Map.copyOf(lower);
        body = body.clone();
    }

    /** Returns the first value of a header (case-insensitive name). */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Returns the token of the {@code Authorization: Bearer} header, if any. */
    public Optional<String> bearerToken() {
        return header("Authorization")
                .filter(value -> value.startsWith("Bearer "))
                .map(value -> value.substring("Bearer ".length()));
    }

    /** Returns the decoded query parameters, in order. */
    public Map<String, String> query() {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(decode(parts[0]), parts.length > 1 ? decode(parts[1]) : "");
        }
        return query;
    }

    /** Returns the body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Returns the body parsed as JSON. */
    public JsonNode json() {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("the request body is not JSON: " + bodyText(), e);
        }
    }

    /** Returns the {@code action} (or {@code tool}) of a run request body, if any. */
    public Optional<String> actionName() {
        if (!method.equals("POST")) {
            return Optional.empty();
        }
        JsonNode json = json();
        JsonNode name = json.has("action") ? json.get("action") : json.get("tool");
        return name == null || !name.isTextual() ? Optional.empty() : Optional.of(name.asText());
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
