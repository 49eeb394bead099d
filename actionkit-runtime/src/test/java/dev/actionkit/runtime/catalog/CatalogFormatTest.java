package dev.actionkit.runtime.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.actionkit.runtime.CatalogFormatException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A malformed catalog fails with the JSON pointer of the problem")
class CatalogFormatTest {

    private static CatalogFormatException failure(String json) {
        return assertThrows(CatalogFormatException.class,
                () -> CatalogJson.parse(json.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0} fails at \"{1}\"")
    @DisplayName("each shape problem names its pointer and what was found")
    @CsvSource(delimiter = '|', textBlock = """
            []                                          || catalog: must be a JSON object with an "actions" key, found an array
            {}                                          || catalog: has neither an "actions" nor a "tools" key
            {"actions": []}                             |/actions| catalog at /actions: must be an object of integration keys, found an array
            {"tools": null}                             |/tools| catalog at /tools: must be an object of integration keys, found null
            {"actions": {"a/b~": {}}}                   |/actions/a~1b~0| catalog at /actions/a~1b~0: must be an array of actions, found an object
            {"actions": {"s": [1]}}                     |/actions/s/0| catalog at /actions/s/0: must be an action object, found a number
            {"actions": {"s": [{"function": "x"}]}}     |/actions/s/0/function| catalog at /actions/s/0/function: must be an object, found a string
            {"actions": {"s": [{"function": {}}]}}      |/actions/s/0/function/name| catalog at /actions/s/0/function/name: must be a non-empty string, found nothing
            {"actions": {"s": [{"function": {"name": " "}}]}} |/actions/s/0/function/name| catalog at /actions/s/0/function/name: must be a non-empty string, found a string
            {"actions": {"s": [{"function": {"name": "A", "description": 3}}]}} |/actions/s/0/function/description| catalog at /actions/s/0/function/description: must be a string, found a number
            {"actions": {"s": [{"name": "A", "parameters": true}]}} |/actions/s/0/parameters| catalog at /actions/s/0/parameters: must be a JSON Schema object, found a boolean
            """)
    void shapeProblems(String json, String pointer, String message) {
        // when
        CatalogFormatException e = failure(json);

        // then
        assertThat(e).hasMessage(message);
        assertThat(e.pointer()).isEqualTo(pointer == null ? "" : pointer);
    }

    @Test
    @DisplayName("bytes that are not JSON fail with the line and column")
    void notJson() {
        // when
        CatalogFormatException e = failure("{\"actions\": {\n  \"s\": [,]}}");

        // then
        assertThat(e).hasMessage("catalog: is not valid JSON: Unexpected character "
                + "(',' (code 44)): expected a value (line 2, column 9)");
        assertThat(e.pointer()).isEmpty();
    }

    @Test
    @DisplayName("an empty document fails as empty")
    void empty() {
        assertThat(failure("")).hasMessage("catalog: is empty");
        assertThat(failure("  ")).hasMessage("catalog: is empty");
    }
}
