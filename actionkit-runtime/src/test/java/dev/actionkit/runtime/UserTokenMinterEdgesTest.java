package dev.actionkit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.actionkit.runtime.UserTokenMinterTest.Pem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The minter's edges: validity bounds, user ids, pasted keys, weak and encrypted keys")
class UserTokenMinterEdgesTest {

    private static final Instant NOW = Instant.parse("2026-11-29T05:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static String pem;

    @BeforeAll
    static void generateKey() throws Exception {
        pem = Pem.newRsaKey(2048);
    }

    private static JsonNode claims(String token) throws Exception {
        return Json.MAPPER.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    @Test
    @DisplayName("a validity past the documented maximum is refused instead of overflowing exp")
    void validityBounded() throws Exception {
        // given
        UserTokenMinter minter = UserTokenMinter.fromPem(pem, CLOCK);

        // when
        IllegalArgumentException huge = assertThrows(IllegalArgumentException.class,
                () -> minter.mint("u", Duration.ofSeconds(Long.MAX_VALUE)));
        IllegalArgumentException justOver = assertThrows(IllegalArgumentException.class,
                () -> minter.mint("u", UserTokenMinter.MAX_VALIDITY.plusSeconds(1)));
        IllegalArgumentException subSecond = assertThrows(IllegalArgumentException.class,
                () -> minter.mint("u", Duration.ofMillis(500)));
        String longest = minter.mint("u", UserTokenMinter.MAX_VALIDITY);

        // then
        assertThat(UserTokenMinter.MAX_VALIDITY).isEqualTo(Duration.ofDays(30));
        assertThat(huge).hasMessage("validity must be at most PT720H (MAX_VALIDITY): "
                + Duration.ofSeconds(Long.MAX_VALUE));
        assertThat(justOver).hasMessage("validity must be at most PT720H (MAX_VALIDITY): "
                + "PT720H1S");
        assertThat(subSecond).hasMessage("validity must be at least one second: PT0.5S");
        assertThat(claims(longest).get("exp").asLong())
                .isEqualTo(NOW.getEpochSecond() + 30L * 24 * 3600);
    }

    @Test
    @DisplayName("a user id with a lone surrogate is refused; a proper pair (emoji) is kept")
    void loneSurrogate() throws Exception {
        // given
        UserTokenMinter minter = UserTokenMinter.fromPem(pem, CLOCK);

        // when
        IllegalArgumentException high = assertThrows(IllegalArgumentException.class,
                () -> minter.mint("user\uD800x"));
        IllegalArgumentException low = assertThrows(IllegalArgumentException.class,
                () -> minter.mint("\uDC00user"));
        String emoji = minter.mint("user-\uD83D\uDE00");

        // then
        assertThat(high).hasMessage("userId contains a lone surrogate at index 4");
        assertThat(low).hasMessage("userId contains a lone surrogate at index 0");
        assertThat(claims(emoji).get("sub").asText()).isEqualTo("user-\uD83D\uDE00");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"literal \\r\\n", "literal \\n in double quotes",
        "double quotes", "single quotes", "CRLF line breaks", "surrounding blanks"})
    @DisplayName("a key pasted in a common mangled form is read")
    void pastedForms(String form) throws Exception {
        // given
        UnaryOperator<String> paste = switch (form) {
            case "literal \\r\\n" -> text -> text.replace("\n", "\\r\\n");
            case "literal \\n in double quotes" -> text -> "\"" + text.replace("\n", "\\n") + "\"";
            case "double quotes" -> text -> "\"" + text + "\"";
            case "single quotes" -> text -> "'" + text.strip() + "'";
            case "CRLF line breaks" -> text -> text.replace("\n", "\r\n");
            default -> text -> "  \n" + text + "\t\n";
        };

        // when
        String token = UserTokenMinter.fromPem(paste.apply(pem), CLOCK).mint("u");

        // then
        assertThat(claims(token).get("sub").asText()).isEqualTo("u");
    }

    @Test
    @DisplayName("an encrypted PKCS#1 key (Proc-Type: 4,ENCRYPTED) is named as encrypted")
    void encryptedPkcs1() {
        // given
        String encrypted = "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n"
                + "DEK-Info: AES-128-CBC,0F1E2D3C4B5A69788796A5B4C3D2E1F0\n\nc2VjcmV0LWtleQ==\n"
                + "-----END RSA PRIVATE KEY-----\n";

        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> UserTokenMinter.fromPem(encrypted));

        // then
        assertThat(e).hasMessage("the signing key is encrypted (Proc-Type: 4,ENCRYPTED): give"
                + " the key unencrypted, e.g. from 'openssl rsa -in key.pem -out plain.pem'")
                .hasNoCause();
        assertThat(e.getMessage()).doesNotContain("c2VjcmV0", "0F1E2D3C");
    }

    @Test
    @DisplayName("an RSA key shorter than 2048 bits is refused, its material never quoted")
    void weakKey() throws Exception {
        // given
        String weak = Pem.newRsaKey(1024);

        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> UserTokenMinter.fromPem(weak));

        // then
        assertThat(e).hasMessage("the signing key is a 1024-bit RSA key: RS256 needs at least"
                + " 2048 bits").hasNoCause();
        String material = weak.lines().skip(1).findFirst().orElseThrow();
        assertThat(e.getMessage()).doesNotContain(material.substring(0, 16));
    }
}
