package dev.actionkit.maven.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.actionkit.maven.problem.BuildFailure;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FetchTimeoutTest {

    @Test
    @DisplayName("ISO-8601 durations in any case and whole seconds are read")
    void parses() throws Exception {
        // when / then
        assertThat(FetchTimeout.parse("PT2M")).isEqualTo(Duration.ofMinutes(2));
        assertThat(FetchTimeout.parse(" pt1.5s ")).isEqualTo(Duration.ofMillis(1500));
        assertThat(FetchTimeout.parse("90")).isEqualTo(Duration.ofSeconds(90));
        assertThat(FetchTimeout.parse(FetchTimeout.DEFAULT_TEXT)).isEqualTo(FetchTimeout.DEFAULT)
                .isEqualTo(Duration.ofMinutes(2));
    }

    @ParameterizedTest(name = "''{0}''")
    @DisplayName("anything else, zero and negative durations fail, saying what is accepted")
    @ValueSource(strings = {"", "2 minutes", "PT0S", "0", "-PT1S", "-5", "PT", "1e3"})
    void rejects(String text) {
        // when
        BuildFailure e = assertThrows(BuildFailure.class, () -> FetchTimeout.parse(text));

        // then
        assertThat(e).hasMessage("fetchTimeout must be a positive ISO-8601 duration such as PT2M,"
                + " or a number of seconds such as 120, not '" + text + "'.");
    }
}
