package dev.actionkit.maven.credentials;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** An RSA signing key in PEM form, generated once per test run. */
public final class TestKeys {

    private static final KeyPair PAIR = generate();

    private TestKeys() {}

    /** Returns the private key as PKCS#8 PEM, as the Paragon dashboard downloads it. */
    public static String privateKeyPem() {
        String body = Base64.getMimeEncoder(64, "\n".getBytes())
                .encodeToString(PAIR.getPrivate().getEncoded());
        return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
