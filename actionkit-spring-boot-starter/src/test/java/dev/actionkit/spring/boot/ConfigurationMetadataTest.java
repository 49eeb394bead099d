package dev.actionkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The starter ships configuration metadata for IDE completion of every property")
class ConfigurationMetadataTest {

    @Test
    @DisplayName("each actionkit.* property has a type, a description, and its default")
    void metadata() throws Exception {
        // given
        JsonNode metadata;
        try (InputStream in = getClass().getResourceAsStream(
                "/META-INF/spring-configuration-metadata.json")) {
            metadata = new ObjectMapper().readTree(in);
        }

        // when
        Map<String, JsonNode> byName = new HashMap<>();
        metadata.path("properties").forEach(p -> byName.put(p.path("name").asText(), p));

        // then
        assertThat(byName).containsOnlyKeys("actionkit.project-id", "actionkit.base-url",
                "actionkit.token", "actionkit.signing-key", "actionkit.signing-key-location",
                "actionkit.credential-id", "actionkit.connect-timeout",
                "actionkit.request-timeout", "actionkit.call-timeout",
                "actionkit.retry.max-attempts", "actionkit.retry.initial-backoff",
                "actionkit.retry.max-backoff", "actionkit.retry.max-retry-after",
                "actionkit.users.token-validity", "actionkit.users.renew-before",
                "actionkit.users.max-cached-users");
        byName.forEach((name, property) -> assertThat(property.path("description").asText())
                .as(name).isNotBlank());
        assertThat(byName.get("actionkit.base-url").path("defaultValue").asText())
                .isEqualTo("https://actionkit.useparagon.com");
        assertThat(byName.get("actionkit.request-timeout").path("defaultValue").asText())
                .isEqualTo("60s");
        assertThat(byName.get("actionkit.call-timeout").path("defaultValue").asText())
                .isEqualTo("5m");
        assertThat(byName.get("actionkit.signing-key-location").path("type").asText())
                .isEqualTo("org.springframework.core.io.Resource");
    }
}
