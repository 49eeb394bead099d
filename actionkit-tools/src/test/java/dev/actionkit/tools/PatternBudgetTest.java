package dev.actionkit.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.actionkit.runtime.ActionDescriptor;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A catalog pattern cannot make tool-call validation run away (ReDoS)")
class PatternBudgetTest {

    private static ToolCallRunner runner(String schema) {
        return new ToolCallRunner(ActionTools.of(List.of(
                new ActionDescriptor("crm", "CRM_FIND", "d", schema))));
    }

    @Test
    @DisplayName("a backtracking pattern and a 41-character argument are rejected within seconds")
    void catastrophicPattern() {
        // given (before the fix this ran for over 20 s)
        ToolCallRunner runner = runner("{\"type\": \"object\", \"properties\": {\"q\": {\"type\":"
                + " \"string\", \"pattern\": \"^(.*a){12}$\"}}}");
        String arguments = "{\"q\": \"" + "a".repeat(40) + "b\"}";

        // when
        ToolCallRejectedException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(ToolCallRejectedException.class,
                        () -> runner.check("CRM_FIND", arguments)));

        // then (a value whose check exceeds the budget counts as not matching)
        assertThat(e.violations()).singleElement().asString()
                .startsWith("/q: does not match the regex pattern ^(.*a){12}$");
    }

    @Test
    @DisplayName("a backtracking patternProperties key is bounded as well")
    void catastrophicPatternProperties() {
        // given
        ToolCallRunner runner = runner("{\"type\": \"object\", \"patternProperties\":"
                + " {\"^(.*a){12}$\": {\"type\": \"integer\"}}, \"additionalProperties\": false}");
        String arguments = "{\"" + "a".repeat(40) + "b\": 1}";

        // when
        ToolCallRejectedException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(ToolCallRejectedException.class,
                        () -> runner.check("CRM_FIND", arguments)));

        // then
        assertThat(e.violations()).isNotEmpty();
    }

    @Test
    @DisplayName("ordinary patterns keep their JSON Schema meaning: unanchored, ECMA-style \\d")
    void ordinaryPatterns() {
        // given
        ToolCallRunner runner = runner("{\"type\": \"object\", \"properties\": {\"zip\": {\"type\":"
                + " \"string\", \"pattern\": \"\\\\d{5}\"}, \"id\": {\"type\": \"string\","
                + " \"pattern\": \"^[A-Z]{2}-[0-9]+$\"}}}");

        // when
        var ok = runner.check("CRM_FIND", "{\"zip\": \"DE-10115-Berlin\", \"id\": \"AB-"
                + "7".repeat(50_000) + "\"}");
        ToolCallRejectedException bad = assertThrows(ToolCallRejectedException.class,
                () -> runner.check("CRM_FIND", "{\"zip\": \"1011\", \"id\": \"ab-1\"}"));

        // then
        assertThat(ok.get("zip").asText()).isEqualTo("DE-10115-Berlin");
        assertThat(bad.violations()).hasSize(2);
    }
}
