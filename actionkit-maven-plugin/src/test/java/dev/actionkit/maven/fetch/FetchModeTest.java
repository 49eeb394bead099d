package dev.actionkit.maven.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.actionkit.maven.problem.BuildFailure;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FetchModeTest {

    @Test
    @DisplayName("auto, always and never are read in any case, with spaces around")
    void parses() throws Exception {
        // when / then
        assertThat(FetchMode.parse("auto")).isEqualTo(FetchMode.AUTO);
        assertThat(FetchMode.parse(" ALWAYS ")).isEqualTo(FetchMode.ALWAYS);
        assertThat(FetchMode.parse("Never")).isEqualTo(FetchMode.NEVER);
        assertThat(FetchMode.NEVER.configName()).isEqualTo("never");
    }

    @Test
    @DisplayName("any other value fails and lists the allowed ones")
    void rejects() {
        // when
        BuildFailure e = assertThrows(BuildFailure.class, () -> FetchMode.parse("sometimes"));

        // then
        assertThat(e).hasMessage("fetch must be auto, always or never, not 'sometimes'.");
    }
}
