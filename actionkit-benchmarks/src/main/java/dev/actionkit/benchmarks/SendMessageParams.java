package dev.actionkit.benchmarks;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A parameter class shaped like the generated ones (wire names, absent values left out, extra
 * properties at top level), so both sides of the benchmark serialize the same object.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class SendMessageParams {

    @JsonProperty("channel")
    public String channel;

    @JsonProperty("message")
    public String message;

    @JsonProperty("botName")
    public String botName;

    @JsonProperty("botIcon")
    public String botIcon;

    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    @JsonAnyGetter
    public Map<String, Object> additionalProperties() {
        return additionalProperties;
    }

    @JsonAnySetter
    public void additionalProperty(String name, Object value) {
        additionalProperties.put(name, value);
    }
}
