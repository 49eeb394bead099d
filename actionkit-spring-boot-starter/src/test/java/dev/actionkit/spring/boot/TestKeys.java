package dev.actionkit.spring.boot;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** A signing key made for the tests, and a reader of a token's subject. */
final class TestKeys {

    /** A PKCS#8 PEM RSA key, made once per test run. */
    static final String PEM = generate();

    /** The base64 body of {@link #PEM}, which must never appear in a message. */
    static final String KEY_BODY = PEM.split("\n")[1];

    private TestKeys() {}

    private static String generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            byte[] der = generator.generateKeyPair().getPrivate().getEncoded();
            return "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(der)
                    + "\n-----END PRIVATE KEY-----\n";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Returns the JSON claims of a JWT. */
    static String claims(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]),
                StandardCharsets.UTF_8);
    }
}
