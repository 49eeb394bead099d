package dev.actionkit.testkit;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A Paragon-style signing key for tests: an RSA private key made once per JVM, in the PKCS#8
 * PEM form the Paragon dashboard downloads, and a reader of the claims of a token it signed.
 */
public final class SigningKeys {

    private static final String PEM = generate();

    private SigningKeys() {}

    /** Returns the key as PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}, 64-column lines). */
    public static String pem() {
        return PEM;
    }

    /** Returns the JSON claims of a JWT, e.g. to check its {@code sub}. */
    public static String claims(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]),
                StandardCharsets.UTF_8);
    }

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
}
