package dev.actionkit.runtime;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;

/**
 * Signs Paragon User Tokens for a server that acts for many users: RS256 JWTs with the claims
 * {@code sub} (the user id), {@code iat} and {@code exp}, signed with the project's signing key
 * by the JDK's own crypto.
 *
 * <pre>{@code
 * UserTokenMinter minter = UserTokenMinter.fromPem(System.getenv("ACTIONKIT_SIGNING_KEY"));
 * ActionKitClient forAda = client.forUser(minter.mint("user-42"));
 * }</pre>
 *
 * <p>Thread-safe. Its {@code toString()} never shows the key.
 */
public final class UserTokenMinter {

    /** How long a minted token is valid unless told otherwise: one hour. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofHours(1);

    /**
     * The longest validity {@link #mint(String, Duration)} accepts: 30 days. A user token is a
     * bearer credential for everything the user connected; one that outlives this should be
     * minted again instead.
     */
    public static final Duration MAX_VALIDITY = Duration.ofDays(30);

    /** The shortest RSA key accepted, as RFC 7518 (section 3.3) requires for RS256. */
    private static final int MIN_KEY_BITS = 2048;

    private static final String HEADER = base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}"
            .getBytes(StandardCharsets.UTF_8));

    private final PrivateKey key;
    private final Clock clock;

    private UserTokenMinter(PrivateKey key, Clock clock) {
        this.key = key;
        this.clock = clock;
    }

    /**
     * Reads an RSA private key of at least 2048 bits in PEM form: PKCS#8 ({@code BEGIN PRIVATE
     * KEY}, as Paragon's dashboard downloads it) or PKCS#1 ({@code BEGIN RSA PRIVATE KEY}). The
     * forms a pasted key takes are accepted too: line breaks written as literal {@code \n} or
     * {@code \r\n} (as in a {@code .env} file), CRLF line breaks, and wrapping quotes.
     *
     * @throws IllegalArgumentException if the text is not such a key, is encrypted or is too
     *     short; the message never quotes it
     */
    public static UserTokenMinter fromPem(String pem) {
        return fromPem(pem, Clock.systemUTC());
    }

    /** As {@link #fromPem(String)}, with the clock that {@code iat} and {@code exp} come from. */
    public static UserTokenMinter fromPem(String pem, Clock clock) {
        Objects.requireNonNull(pem, "pem == null");
        Objects.requireNonNull(clock, "clock == null");
        return new UserTokenMinter(readKey(pem), clock);
    }

    /** Mints a token for {@code userId}, valid for {@link #DEFAULT_VALIDITY}. */
    public String mint(String userId) {
        return mint(userId, DEFAULT_VALIDITY);
    }

    /**
     * Mints a token for {@code userId}, valid for {@code validity} from now: at least one second,
     * at most {@link #MAX_VALIDITY}.
     *
     * @throws IllegalArgumentException if the user id is blank or holds a lone surrogate (it
     *     could not be sent as UTF-8 and would name another user), or the validity is out of
     *     bounds
     */
    public String mint(String userId, Duration validity) {
        Objects.requireNonNull(userId, "userId == null");
        Objects.requireNonNull(validity, "validity == null");
        requireUserId(userId);
        requireValidity(validity);
        long now = clock.instant().getEpochSecond();
        long expires;
        try {
            expires = Math.addExact(now, validity.toSeconds());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    "now + validity does not fit a JWT exp: " + validity);
        }
        String claims = "{\"sub\":" + jsonString(userId) + ",\"iat\":" + now
                + ",\"exp\":" + expires + "}";
        String signingInput = HEADER + "." + base64Url(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64Url(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "the JDK could not sign with RS256: " + e.getMessage(), e);
        }
    }

    private static void requireUserId(String userId) {
        if (userId.isBlank()) {
            throw new IllegalArgumentException("userId is blank");
        }
        for (int i = 0; i < userId.length(); i++) {
            char c = userId.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < userId.length()
                    && Character.isLowSurrogate(userId.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(
                        "userId contains a lone surrogate at index " + i);
            }
        }
    }

    private static void requireValidity(Duration validity) {
        if (validity.isZero() || validity.isNegative()) {
            throw new IllegalArgumentException("validity must be positive: " + validity);
        }
        if (validity.getSeconds() < 1) {
            throw new IllegalArgumentException("validity must be at least one second: " + validity);
        }
        if (validity.compareTo(MAX_VALIDITY) > 0) {
            throw new IllegalArgumentException("validity must be at most " + MAX_VALIDITY
                    + " (MAX_VALIDITY): " + validity);
        }
    }

    private static PrivateKey readKey(String pem) {
        String text = PastedPem.unwrap(pem);
        if (text.contains("BEGIN ENCRYPTED PRIVATE KEY")) {
            throw new IllegalArgumentException("the signing key is encrypted: give the key "
                    + "unencrypted, e.g. from 'openssl pkcs8 -topk8 -nocrypt'");
        }
        if (text.contains("Proc-Type: 4,ENCRYPTED")) {
            throw new IllegalArgumentException("the signing key is encrypted (Proc-Type:"
                    + " 4,ENCRYPTED): give the key unencrypted, e.g. from"
                    + " 'openssl rsa -in key.pem -out plain.pem'");
        }
        boolean pkcs1 = text.contains("BEGIN RSA PRIVATE KEY");
        if (!pkcs1 && !text.contains("BEGIN PRIVATE KEY")) {
            throw new IllegalArgumentException("the signing key is not a PEM private key: "
                    + "expected '-----BEGIN PRIVATE KEY-----' or "
                    + "'-----BEGIN RSA PRIVATE KEY-----'");
        }
        String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PrivateKey key;
        try {
            byte[] der = Base64.getDecoder().decode(base64);
            byte[] pkcs8 = pkcs1 ? Pkcs1.toPkcs8(der) : der;
            key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            // The cause is dropped on purpose: its message may quote the key material.
            throw new IllegalArgumentException("the signing key could not be read as an RSA "
                    + "private key (" + e.getClass().getSimpleName() + ")");
        }
        int bits = ((RSAPrivateKey) key).getModulus().bitLength();
        if (bits < MIN_KEY_BITS) {
            throw new IllegalArgumentException("the signing key is a " + bits + "-bit RSA key:"
                    + " RS256 needs at least " + MIN_KEY_BITS + " bits");
        }
        return key;
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String jsonString(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Never shows the key. */
    @Override
    public String toString() {
        return "UserTokenMinter{RS256, key=****}";
    }

    /** Wraps a PKCS#1 RSAPrivateKey in the PKCS#8 PrivateKeyInfo the JDK reads. */
    private static final class Pkcs1 {
        private static final byte[] RSA_ALGORITHM = {
            0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01,
            0x01, 0x01, 0x05, 0x00
        };

        static byte[] toPkcs8(byte[] pkcs1) {
            byte[] version = {0x02, 0x01, 0x00};
            byte[] octets = concat(new byte[] {0x04}, length(pkcs1.length), pkcs1);
            byte[] body = concat(version, RSA_ALGORITHM, octets);
            return concat(new byte[] {0x30}, length(body.length), body);
        }

        private static byte[] length(int length) {
            if (length < 0x80) {
                return new byte[] {(byte) length};
            }
            int bytes = length > 0xffffff ? 4 : length > 0xffff ? 3 : length > 0xff ? 2 : 1;
            byte[] out = new byte[bytes + 1];
            out[0] = (byte) (0x80 | bytes);
            for (int i = bytes; i > 0; i--) {
                out[i] = (byte) (length & 0xff);
                length >>>= 8;
            }
            return out;
        }

        private static byte[] concat(byte[]... parts) {
            int size = 0;
            for (byte[] part : parts) {
                size += part.length;
            }
            byte[] out = new byte[size];
            int offset = 0;
            for (byte[] part : parts) {
                System.arraycopy(part, 0, out, offset, part.length);
                offset += part.length;
            }
            return out;
        }
    }
}
