package dev.actionkit.runtime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.io.IOException;

/**
 * The runtime's one configured {@link ObjectMapper}. Absent values are never sent: null
 * properties of objects, null values of maps and null fields of JSON trees are left out.
 */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .setDefaultPropertyInclusion(JsonInclude.Value.construct(
                    JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .configure(JsonNodeFeature.WRITE_NULL_PROPERTIES, false)
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
