package dev.actionkit.maven.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TokenSourceTest {

    @Test
    @DisplayName("a token source names where the token came from and never shows the token")
    void neverShowsTheToken() {
        // given
        TokenSource source = TokenSource.settingsServer("secret-token-123", "actionkit");

        // when
        String text = source.toString() + source.description() + source.fixHint();

        // then
        assertThat(source.description()).isEqualTo("settings.xml server 'actionkit'");
        assertThat(source.toString()).isEqualTo("TokenSource{settings.xml server 'actionkit'}");
        assertThat(text).doesNotContain("secret-token-123");
        assertThat(source.token()).isEqualTo("secret-token-123");
    }

    @Test
    @DisplayName("each kind of source says what to fix when the token is rejected")
    void fixHints() {
        // given
        TokenSource env = TokenSource.environment("t", "ACTIONKIT_TOKEN");
        TokenSource minted = TokenSource.minted("t", "user-1", "ACTIONKIT_SIGNING_KEY");

        // when / then
        assertThat(env.description()).isEqualTo("env ACTIONKIT_TOKEN");
        assertThat(env.fixHint())
                .isEqualTo("set ACTIONKIT_TOKEN to a valid, unexpired Paragon User Token");
        assertThat(minted.description())
                .isEqualTo("a token minted for user 'user-1' from env ACTIONKIT_SIGNING_KEY");
        assertThat(minted.fixHint()).isEqualTo("check that ACTIONKIT_SIGNING_KEY holds this"
                + " project's signing key and that user 'user-1' exists in the project");
    }

    @Test
    @DisplayName("a blank token is refused")
    void blankToken() {
        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TokenSource.environment(" ", "ACTIONKIT_TOKEN"));

        // then
        assertThat(e).hasMessage("token is blank");
    }
}
