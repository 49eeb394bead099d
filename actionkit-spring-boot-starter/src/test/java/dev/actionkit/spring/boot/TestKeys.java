package dev.actionkit.spring.boot;

import dev.actionkit.testkit.SigningKeys;

/** The testkit's signing key, and the part of it that must never appear in a message. */
final class TestKeys {

    /** A PKCS#8 PEM RSA key, made once per test run. */
    static final String PEM = SigningKeys.pem();

    /** The first base64 line of {@link #PEM}, which must never appear in a message. */
    static final String KEY_BODY = PEM.split("\n")[1];

    private TestKeys() {}

    /** Returns the JSON claims of a JWT. */
    static String claims(String jwt) {
        return SigningKeys.claims(jwt);
    }
}
