package dev.actionkit.maven.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.actionkit.maven.problem.BuildFailure;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CredentialResolverTest {

    private static final ServerPasswords SETTINGS =
            id -> id.equals("actionkit") ? Optional.of("token-from-settings") : Optional.empty();

    @Test
    @DisplayName("the settings.xml server wins over env ACTIONKIT_TOKEN and the signing key")
    void settingsWin() throws Exception {
        // given
        CredentialResolver resolver = new CredentialResolver(SETTINGS, Map.of(
                "ACTIONKIT_TOKEN", "token-from-env",
                "ACTIONKIT_SIGNING_KEY", TestKeys.privateKeyPem()));

        // when
        TokenSource source = resolver.resolve("actionkit", Optional.of("user-1")).orElseThrow();

        // then
        assertThat(source.token()).isEqualTo("token-from-settings");
        assertThat(source.description()).isEqualTo("settings.xml server 'actionkit'");
    }

    @Test
    @DisplayName("env ACTIONKIT_TOKEN is used when no server with the id exists")
    void environmentToken() throws Exception {
        // given
        CredentialResolver resolver = new CredentialResolver(SETTINGS, Map.of(
                "ACTIONKIT_TOKEN", " token-from-env\n",
                "ACTIONKIT_SIGNING_KEY", TestKeys.privateKeyPem()));

        // when
        TokenSource source = resolver.resolve("other-server", Optional.of("user-1")).orElseThrow();

        // then
        assertThat(source.token()).isEqualTo("token-from-env");
        assertThat(source.description()).isEqualTo("env ACTIONKIT_TOKEN");
    }

    @Test
    @DisplayName("a token is minted for userId from env ACTIONKIT_SIGNING_KEY as the last resort")
    void mintedToken() throws Exception {
        // given
        CredentialResolver resolver = new CredentialResolver(ServerPasswords.NONE,
                Map.of("ACTIONKIT_SIGNING_KEY", TestKeys.privateKeyPem()));

        // when
        TokenSource source = resolver.resolve("actionkit", Optional.of("user-1")).orElseThrow();

        // then
        String[] parts = source.token().split("\\.");
        assertThat(parts).hasSize(3);
        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(claims.get("sub").asText()).isEqualTo("user-1");
        assertThat(source.description())
                .isEqualTo("a token minted for user 'user-1' from env ACTIONKIT_SIGNING_KEY");
    }

    @Test
    @DisplayName("a signing key without a userId fails and says how to set it")
    void signingKeyWithoutUser() {
        // given
        CredentialResolver resolver = new CredentialResolver(ServerPasswords.NONE,
                Map.of("ACTIONKIT_SIGNING_KEY", TestKeys.privateKeyPem()));

        // when
        BuildFailure e = assertThrows(BuildFailure.class,
                () -> resolver.resolve("actionkit", Optional.empty()));

        // then
        assertThat(e).hasMessage("Env ACTIONKIT_SIGNING_KEY is set but no userId is configured"
                + " to mint a token for: set <userId> in the plugin configuration or"
                + " -Dactionkit.userId=<id>.");
    }

    @Test
    @DisplayName("a signing key that is not a PEM key fails without quoting it")
    void badSigningKey() {
        // given
        String notAKey = "-----BEGIN PRIVATE KEY-----\nc2VjcmV0LWtleS1ieXRlcw==\n"
                + "-----END PRIVATE KEY-----";
        CredentialResolver resolver = new CredentialResolver(ServerPasswords.NONE,
                Map.of("ACTIONKIT_SIGNING_KEY", notAKey));

        // when
        BuildFailure e = assertThrows(BuildFailure.class,
                () -> resolver.resolve("actionkit", Optional.of("user-1")));

        // then
        assertThat(e.getMessage()).startsWith("Env ACTIONKIT_SIGNING_KEY cannot sign a token: ")
                .endsWith(". It must hold the project's RSA signing key in PEM form"
                        + " (BEGIN PRIVATE KEY), as the Paragon dashboard downloads it.")
                .doesNotContain("c2VjcmV0LWtleS1ieXRlcw");
    }

    @Test
    @DisplayName("no source at all gives no token, and blank variables count as unset")
    void nothing() throws Exception {
        // given
        CredentialResolver resolver = new CredentialResolver(ServerPasswords.NONE,
                Map.of("ACTIONKIT_TOKEN", "  ", "ACTIONKIT_SIGNING_KEY", ""));

        // when
        Optional<TokenSource> source = resolver.resolve("actionkit", Optional.of("user-1"));

        // then
        assertThat(source).isEmpty();
    }
}
