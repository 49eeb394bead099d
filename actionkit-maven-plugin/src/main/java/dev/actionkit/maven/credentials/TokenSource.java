package dev.actionkit.maven.credentials;

import java.util.Objects;

/**
 * A Paragon User Token and where it came from. Only {@link #token()} gives the value; everything
 * else, {@link #toString()} included, names the source alone, so the value cannot reach a log.
 */
public final class TokenSource {

    private final String token;
    private final String description;
    private final String fixHint;

    private TokenSource(String token, String description, String fixHint) {
        this.token = Objects.requireNonNull(token, "token == null");
        this.description = Objects.requireNonNull(description, "description == null");
        this.fixHint = Objects.requireNonNull(fixHint, "fixHint == null");
        if (token.isBlank()) {
            throw new IllegalArgumentException("token is blank");
        }
    }

    /** The password of a {@code <server>} in settings.xml. */
    public static TokenSource settingsServer(String token, String serverId) {
        return new TokenSource(token, "settings.xml server '" + serverId + "'",
                "update the <password> of <server> '" + serverId + "' in settings.xml"
                        + " (encrypt it with mvn --encrypt-password)");
    }

    /** An environment variable that holds the token itself. */
    public static TokenSource environment(String token, String variable) {
        return new TokenSource(token, "env " + variable,
                "set " + variable + " to a valid, unexpired Paragon User Token");
    }

    /** A token minted at build time from a signing key. */
    public static TokenSource minted(String token, String userId, String keyVariable) {
        return new TokenSource(token,
                "a token minted for user '" + userId + "' from env " + keyVariable,
                "check that " + keyVariable + " holds this project's signing key and that user '"
                        + userId + "' exists in the project");
    }

    /** Returns the token. Never log it. */
    public String token() {
        return token;
    }

    /** Returns where the token came from, e.g. {@code settings.xml server 'actionkit'}. */
    public String description() {
        return description;
    }

    /** Returns what to change when ActionKit rejects this token. */
    public String fixHint() {
        return fixHint;
    }

    /** Returns {@link #description()}: never the token. */
    @Override
    public String toString() {
        return "TokenSource{" + description + "}";
    }
}
