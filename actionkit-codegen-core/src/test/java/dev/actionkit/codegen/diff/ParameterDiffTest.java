package dev.actionkit.codegen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;

class ParameterDiffTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest(name = "{0} is described as {1}")
    @DisplayName("a parameter's type is described in a few characters")
    @CsvSource(delimiter = ';', value = {
        "{\"type\": \"string\"}   ; string",
        "{\"type\": [\"integer\", \"null\"]} ; integer|null",
        "{\"type\": \"array\", \"items\": {\"type\": \"number\"}} ; array<number>",
        "{\"type\": \"array\"} ; array<any>",
        "{\"anyOf\": [{\"type\": \"string\"}]} ; anyOf",
        "{\"$ref\": \"#/definitions/x\"} ; $ref",
        "{\"enum\": [\"a\"]} ; enum",
        "{\"description\": \"free\"} ; any",
        "true ; any"
    })
    void typeOf(String schema, String expected) throws Exception {
        // given
        JsonNode node = MAPPER.readTree(schema);

        // when
        String type = ParameterDiff.typeOf(node);

        // then
        assertThat(type).isEqualTo(expected);
    }
}
