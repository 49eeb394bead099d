package dev.actionkit.codegen.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Utf16 replaces lone surrogates, which javac and UTF-8 cannot carry")
class Utf16Test {

    @Test
    @DisplayName("pairs stay, lone high and low surrogates become U+FFFD")
    void wellFormed() {
        assertThat(Utf16.wellFormed("ok \uD83D\uDE00")).isEqualTo("ok \uD83D\uDE00");
        // The literal "a<lone high surrogate escape>\\u0000" would not even compile (javac bug).
        String lone = "a" + (char) 0xD83D + "\\u0000";
        assertThat(Utf16.wellFormed(lone)).isEqualTo("a\uFFFD\\u0000");
        assertThat(Utf16.wellFormed("\uDE00\uD83D")).isEqualTo("\uFFFD\uFFFD");
    }

    @Test
    @DisplayName("lone surrogates are described as code points, pairs are not")
    void describeLoneSurrogates() {
        assertThat(Utf16.describeLoneSurrogates("a\uD800b\uD83D\uDE00\uDC00"))
                .isEqualTo("U+D800, U+DC00");
        assertThat(Utf16.describeLoneSurrogates("ok")).isEmpty();
    }
}
