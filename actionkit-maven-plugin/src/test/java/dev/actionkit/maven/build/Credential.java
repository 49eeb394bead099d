package dev.actionkit.maven.build;

import dev.actionkit.maven.credentials.TestKeys;
import dev.actionkit.maven.credentials.TokenSource;
import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a test run takes its token from, and the secrets that must then appear nowhere: the
 * token itself, or the signing key and every token minted from it.
 */
enum Credential {

    /** A distinctive token in env {@code ACTIONKIT_TOKEN}. */
    ENV_TOKEN {
        @Override
        Map<String, String> environment() {
            return Map.of("ACTIONKIT_TOKEN", TOKEN);
        }

        @Override
        Optional<String> userId() {
            return Optional.empty();
        }

        @Override
        TokenSource source() {
            return TokenSource.environment(TOKEN, "ACTIONKIT_TOKEN");
        }
    },

    /** A token minted for {@value #USER_ID} from an RSA key in env ACTIONKIT_SIGNING_KEY. */
    SIGNING_KEY {
        @Override
        Map<String, String> environment() {
            return Map.of("ACTIONKIT_SIGNING_KEY", TestKeys.privateKeyPem());
        }

        @Override
        Optional<String> userId() {
            return Optional.of(USER_ID);
        }

        @Override
        TokenSource source() {
            return TokenSource.minted("minted", USER_ID, "ACTIONKIT_SIGNING_KEY");
        }
    };

    /** The token of {@link #ENV_TOKEN}: distinctive, so that a leak cannot hide. */
    static final String TOKEN = "tok-FAULT-3c9e1a-never-print-me";

    /** The user {@link #SIGNING_KEY} mints tokens for. */
    static final String USER_ID = "catalog-bot";

    /** Returns the environment variables that hold this credential. */
    abstract Map<String, String> environment();

    /** Returns the {@code userId} parameter this credential needs. */
    abstract Optional<String> userId();

    /** Returns a token source like the one the plugin resolves, for its description and hint. */
    abstract TokenSource source();

    /**
     * Returns what must appear nowhere: every token the server received (so for a signing key,
     * every token minted from it), the environment's token and, for a key, its PEM body both
     * whole and line by line.
     *
     * @throws AssertionError when the server received no token: the check would prove nothing
     */
    List<String> secrets(FakeActionKit server) {
        List<String> secrets = new ArrayList<>();
        for (RecordedRequest request : server.requests()) {
            request.bearerToken().ifPresent(secrets::add);
        }
        if (secrets.isEmpty()) {
            throw new AssertionError("the server received no token: " + server);
        }
        if (this == ENV_TOKEN) {
            secrets.add(TOKEN);
        } else {
            List<String> lines = TestKeys.privateKeyPem().lines()
                    .filter(line -> !line.startsWith("-----")).toList();
            secrets.add(String.join("", lines));
            secrets.addAll(lines.subList(0, lines.size() - 1));
        }
        return secrets;
    }
}
