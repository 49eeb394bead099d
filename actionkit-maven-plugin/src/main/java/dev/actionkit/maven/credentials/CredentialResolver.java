package dev.actionkit.maven.credentials;

import dev.actionkit.maven.problem.BuildFailure;
import dev.actionkit.runtime.UserTokenMinter;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the token for fetching the catalog; the first source found wins:
 *
 * <ol>
 *   <li>the password of the settings.xml {@code <server>} with id {@code serverId};
 *   <li>env {@value #TOKEN_VARIABLE};
 *   <li>a token minted for {@code userId} from the PEM signing key in env
 *       {@value #SIGNING_KEY_VARIABLE}.
 * </ol>
 *
 * <p>The environment is a map, so tests need not set real variables.
 */
public final class CredentialResolver {

    /** The environment variable holding a Paragon User Token. */
    public static final String TOKEN_VARIABLE = "ACTIONKIT_TOKEN";

    /** The environment variable holding the project's signing key, PEM. */
    public static final String SIGNING_KEY_VARIABLE = "ACTIONKIT_SIGNING_KEY";

    private final ServerPasswords servers;
    private final Map<String, String> environment;

    /** Looks in {@code servers}, then in {@code environment}. */
    public CredentialResolver(ServerPasswords servers, Map<String, String> environment) {
        this.servers = Objects.requireNonNull(servers, "servers == null");
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment == null"));
    }

    /**
     * Returns the first token found, or empty when no source has one.
     *
     * @param serverId the settings.xml server id
     * @param userId the user to mint a token for; empty when none is configured
     * @throws BuildFailure if a password cannot be decrypted, a signing key is set without a user
     *     id, or the signing key is not a PEM RSA private key
     */
    public Optional<TokenSource> resolve(String serverId, Optional<String> userId)
            throws BuildFailure {
        Optional<String> password = servers.password(serverId);
        if (password.isPresent()) {
            return Optional.of(TokenSource.settingsServer(password.get(), serverId));
        }
        Optional<String> token = variable(TOKEN_VARIABLE);
        if (token.isPresent()) {
            return Optional.of(TokenSource.environment(token.get(), TOKEN_VARIABLE));
        }
        Optional<String> key = variable(SIGNING_KEY_VARIABLE);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        if (userId.isEmpty()) {
            throw new BuildFailure("Env " + SIGNING_KEY_VARIABLE + " is set but no userId is"
                    + " configured to mint a token for: set <userId> in the plugin configuration"
                    + " or -Dactionkit.userId=<id>.");
        }
        return Optional.of(TokenSource.minted(mint(key.get(), userId.get()), userId.get(),
                SIGNING_KEY_VARIABLE));
    }

    private static String mint(String pem, String userId) throws BuildFailure {
        try {
            return UserTokenMinter.fromPem(pem).mint(userId);
        } catch (IllegalArgumentException e) {
            throw new BuildFailure("Env " + SIGNING_KEY_VARIABLE + " cannot sign a token: "
                    + e.getMessage() + ". It must hold the project's RSA signing key in PEM form"
                    + " (BEGIN PRIVATE KEY), as the Paragon dashboard downloads it.", e);
        }
    }

    private Optional<String> variable(String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
