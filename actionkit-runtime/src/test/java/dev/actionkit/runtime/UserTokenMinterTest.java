package dev.actionkit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Minted user tokens are RS256 JWTs that verify with the public key")
class UserTokenMinterTest {

    private static final Instant NOW = Instant.parse("2026-11-29T05:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static KeyPair keys;

    @BeforeAll
    static void generateKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
    }

    @Test
    @DisplayName("a PKCS#8 key signs a token with the RS256 header, sub/iat/exp, a valid signature")
    void pkcs8() throws Exception {
        // given
        UserTokenMinter minter = UserTokenMinter.fromPem(Pem.pkcs8(keys.getPrivate()), CLOCK);

        // when
        String token = minter.mint("user-42");

        // then
        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        assertThat(json(parts[0]).toString()).isEqualTo("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
        JsonNode claims = json(parts[1]);
        assertThat(claims.get("sub").asText()).isEqualTo("user-42");
        assertThat(claims.get("iat").asLong()).isEqualTo(NOW.getEpochSecond());
        assertThat(claims.get("exp").asLong()).isEqualTo(NOW.getEpochSecond() + 3600);
        assertThat(verifies(token)).isTrue();
    }

    @Test
    @DisplayName("a PKCS#1 key, also with escaped newlines as in an env variable, signs the same")
    void pkcs1() throws Exception {
        // given
        String pem = Pem.pkcs1(keys.getPrivate());
        UserTokenMinter fromPkcs1 = UserTokenMinter.fromPem(pem, CLOCK);
        UserTokenMinter fromEnv = UserTokenMinter.fromPem(pem.replace("\n", "\\n"), CLOCK);
        UserTokenMinter fromPkcs8 = UserTokenMinter.fromPem(Pem.pkcs8(keys.getPrivate()), CLOCK);

        // when
        String token = fromPkcs1.mint("user-42", Duration.ofMinutes(5));

        // then
        assertThat(verifies(token)).isTrue();
        assertThat(json(token.split("\\.")[1]).get("exp").asLong())
                .isEqualTo(NOW.getEpochSecond() + 300);
        assertThat(fromEnv.mint("user-42")).isEqualTo(fromPkcs8.mint("user-42"));
    }

    @Test
    @DisplayName("a user id with quotes and control characters stays one JSON string")
    void escapedSubject() throws Exception {
        // given
        UserTokenMinter minter = UserTokenMinter.fromPem(Pem.pkcs8(keys.getPrivate()), CLOCK);

        // when
        String token = minter.mint("ada \"the\" \\ admin\n");

        // then
        assertThat(json(token.split("\\.")[1]).get("sub").asText())
                .isEqualTo("ada \"the\" \\ admin\n");
        assertThat(verifies(token)).isTrue();
    }

    @Test
    @DisplayName("a token signed by another key does not verify")
    void otherKey() throws Exception {
        // given
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String otherPem = Pem.pkcs8(generator.generateKeyPair().getPrivate());

        // when
        String token = UserTokenMinter.fromPem(otherPem, CLOCK).mint("user-42");

        // then
        assertThat(verifies(token)).isFalse();
    }

    @Test
    @DisplayName("text that is not a PEM private key is refused without quoting it")
    void notAKey() {
        IllegalArgumentException garbage = assertThrows(IllegalArgumentException.class,
                () -> UserTokenMinter.fromPem("secret-material"));
        IllegalArgumentException broken = assertThrows(IllegalArgumentException.class,
                () -> UserTokenMinter.fromPem("-----BEGIN PRIVATE KEY-----\nc2VjcmV0\n"
                        + "-----END PRIVATE KEY-----"));
        IllegalArgumentException encrypted = assertThrows(IllegalArgumentException.class,
                () -> UserTokenMinter.fromPem("-----BEGIN ENCRYPTED PRIVATE KEY-----\nc2Vj\n"
                        + "-----END ENCRYPTED PRIVATE KEY-----"));

        assertThat(garbage).hasMessage("the signing key is not a PEM private key: expected "
                + "'-----BEGIN PRIVATE KEY-----' or '-----BEGIN RSA PRIVATE KEY-----'");
        assertThat(broken).hasMessage("the signing key could not be read as an RSA private key "
                + "(InvalidKeySpecException)").hasNoCause();
        assertThat(encrypted).hasMessage("the signing key is encrypted: give the key "
                + "unencrypted, e.g. from 'openssl pkcs8 -topk8 -nocrypt'");
    }

    @Test
    @DisplayName("a blank user id or a validity that is not positive is refused")
    void mintChecks() throws Exception {
        // given
        UserTokenMinter minter = UserTokenMinter.fromPem(Pem.pkcs8(keys.getPrivate()));

        // then
        assertThat(assertThrows(IllegalArgumentException.class, () -> minter.mint(" ")))
                .hasMessage("userId is blank");
        assertThat(assertThrows(NullPointerException.class, () -> minter.mint(null)))
                .hasMessage("userId == null");
        assertThat(assertThrows(IllegalArgumentException.class,
                () -> minter.mint("u", Duration.ZERO)))
                .hasMessage("validity must be positive: PT0S");
        assertThat(minter).hasToString("UserTokenMinter{RS256, key=****}");
    }

    private static boolean verifies(String token) throws Exception {
        int lastDot = token.lastIndexOf('.');
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(keys.getPublic());
        verifier.update(token.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII));
        return verifier.verify(Base64.getUrlDecoder().decode(token.substring(lastDot + 1)));
    }

    private static JsonNode json(String base64Url) throws Exception {
        assertThat(base64Url).doesNotContain("=", "+", "/");
        return Json.MAPPER.readTree(Base64.getUrlDecoder().decode(base64Url));
    }

    /** Writes private keys as PEM, the way openssl does. */
    static final class Pem {

        private Pem() {}

        /** Returns a new RSA private key of {@code bits} bits as PKCS#8 PEM. */
        static String newRsaKey(int bits) throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            return pkcs8(generator.generateKeyPair().getPrivate());
        }

        static String pkcs8(java.security.PrivateKey key) {
            return pem("PRIVATE KEY", key.getEncoded());
        }

        /** PKCS#1 is the OCTET STRING inside the PKCS#8 PrivateKeyInfo. */
        static String pkcs1(java.security.PrivateKey key) {
            byte[] der = key.getEncoded();
            int offset = skipHeader(der, 0);         // PrivateKeyInfo SEQUENCE
            offset = skipWhole(der, offset);          // version INTEGER
            offset = skipWhole(der, offset);          // AlgorithmIdentifier SEQUENCE
            int start = skipHeader(der, offset);     // privateKey OCTET STRING
            return pem("RSA PRIVATE KEY", Arrays.copyOfRange(der, start, der.length));
        }

        private static String pem(String type, byte[] der) {
            String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(der);
            return "-----BEGIN " + type + "-----\n" + base64 + "\n-----END " + type + "-----\n";
        }

        private static int skipHeader(byte[] der, int offset) {
            int first = der[offset + 1] & 0xff;
            return offset + 2 + (first < 0x80 ? 0 : first & 0x7f);
        }

        private static int skipWhole(byte[] der, int offset) {
            int first = der[offset + 1] & 0xff;
            int length = first;
            if (first >= 0x80) {
                length = 0;
                for (int i = 0; i < (first & 0x7f); i++) {
                    length = (length << 8) | (der[offset + 2 + i] & 0xff);
                }
            }
            return skipHeader(der, offset) + length;
        }
    }
}
