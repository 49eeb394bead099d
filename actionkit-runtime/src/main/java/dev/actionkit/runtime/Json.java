package dev.actionkit.runtime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.io.IOException;

/**
 * The runtime's one configured {@link ObjectMapper}. Parameters are sent exactly as built: a
 * null property of an object is not set and is left out, but a null a value holds (a null
 * value of a map, a null field of a JSON tree, an explicit null of a generated class) is sent
 * as a JSON {@code null}, which an action may read as "clear this field".
 */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .setDefaultPropertyInclusion(JsonInclude.Value.construct(
                    JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS))
            .configure(JsonNodeFeature.WRITE_NULL_PROPERTIES, true)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Json() {}

    /** Returns the parsed JSON, or null when the bytes are not JSON. */
    static JsonNode readOrNull(byte[] bytes) {
        if (bytes.length == 0) {
            return null;
        }
        try {
            JsonNode node = MAPPER.readTree(bytes);
            return node == null || node.isMissingNode() ? null : node;
        } catch (IOException e) {
            return null;
        }
    }
}
