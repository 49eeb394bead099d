package dev.actionkit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Missing or malformed settings fail in build() with an exact message")
class BuilderValidationTest {

    private static ActionKitClient.Builder valid() {
        return ActionKitClient.builder().projectId("p-1");
    }

    private static String buildFailure(UnaryOperator<ActionKitClient.Builder> change) {
        return assertThrows(IllegalArgumentException.class, () -> change.apply(valid()).build())
                .getMessage();
    }

    @Test
    @DisplayName("a client without a project id fails with projectId == null")
    void projectIdMissing() {
        NullPointerException unset = assertThrows(NullPointerException.class,
                () -> ActionKitClient.builder().build());
        NullPointerException nulled = assertThrows(NullPointerException.class,
                () -> ActionKitClient.builder().projectId(null));

        assertThat(unset).hasMessage("projectId == null");
        assertThat(nulled).hasMessage("projectId == null");
    }

    @Test
    @DisplayName("the defaults point at the hosted ActionKit")
    void defaults() {
        ActionKitClient client = valid().build();

        assertThat(client.baseUrl()).isEqualTo("https://actionkit.useparagon.com");
        assertThat(client.projectId()).isEqualTo("p-1");
        assertThat(client.hasToken()).isFalse();
        assertThat(client.credentialId()).isEmpty();
    }

    @Test
    @DisplayName("a call is bounded by default (five minutes in all) and the bound can be lifted")
    void defaultCallTimeout() {
        // given
        ActionKitClient bounded = valid().build();
        ActionKitClient chosen = valid().callTimeout(Duration.ofSeconds(3)).build();
        ActionKitClient unbounded = valid().noCallTimeout().build();

        // then (a body that stalls after its headers no longer holds a call open forever)
        assertThat(ActionKitClient.DEFAULT_CALL_TIMEOUT).isEqualTo(Duration.ofMinutes(5));
        assertThat(bounded.callTimeout()).contains(Duration.ofMinutes(5));
        assertThat(bounded.forUser("t").callTimeout()).contains(Duration.ofMinutes(5));
        assertThat(chosen.callTimeout()).contains(Duration.ofSeconds(3));
        assertThat(unbounded.callTimeout()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("https anywhere and plain http on loopback literals are accepted")
    @ValueSource(strings = {"https://worker-actionkit.acme.com", "http://localhost:8080",
        "http://127.0.0.1", "http://127.1.2.3:9", "http://[::1]:9000", "HTTPS://Acme.com/base/"})
    void acceptedUrls(String url) {
        assertThat(valid().baseUrl(url).build().baseUrl()).doesNotEndWith("/");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("plain http to any other host is refused")
    @ValueSource(strings = {"http://actionkit.useparagon.com", "http://127.example.com",
        "http://10.0.0.1", "http://127.0.0.1.nip.io", "http://[::2]", "http://localhost.evil.com"})
    void httpRefused(String url) {
        assertThat(buildFailure(b -> b.baseUrl(url))).isEqualTo("baseUrl must use https:// "
                + "unless the host is loopback (localhost, 127.0.0.1, [::1]): " + url);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @DisplayName("each malformed base URL is refused with its reason")
    @CsvSource(delimiter = '|', textBlock = """
            ' '                         | baseUrl is blank
            not a url                   | baseUrl is not a URL: not a url
            ftp://files.acme.com        | baseUrl must be an absolute http(s) URL with a host: ftp://files.acme.com
            actionkit.useparagon.com    | baseUrl must be an absolute http(s) URL with a host: actionkit.useparagon.com
            https://acme.com?x=1        | baseUrl must not have a query or a fragment: https://acme.com?x=1
            https://me:pw@acme.com      | baseUrl must not contain user info
            https://acme.com/projects/p | baseUrl must not contain /projects/{projectId}; set projectId(...) instead: https://acme.com/projects/p
            """)
    void malformedUrls(String url, String message) {
        assertThat(buildFailure(b -> b.baseUrl(url))).isEqualTo(message);
    }

    @Test
    @DisplayName("blank values are refused by name")
    void blankValues() {
        assertThat(buildFailure(b -> b.projectId(" "))).isEqualTo("projectId is blank");
        assertThat(buildFailure(b -> b.token(""))).isEqualTo("token is blank");
        assertThat(buildFailure(b -> b.credentialId(" \t"))).isEqualTo("credentialId is blank");
        assertThat(buildFailure(b -> b.userAgent(""))).isEqualTo("userAgent is blank");
    }

    @Test
    @DisplayName("a value that cannot be a header is refused without quoting it")
    void headerInjection() {
        String message = buildFailure(b -> b.token("abc\r\nX-Evil: 1"));

        assertThat(message).isEqualTo(
                "token contains a character that is not allowed in an HTTP header (at index 3)");
        assertThat(buildFailure(b -> b.userAgent("é"))).isEqualTo("userAgent contains a "
                + "character that is not allowed in an HTTP header (at index 0)");
    }

    @Test
    @DisplayName("timeouts must be positive and the body limit within bounds")
    void limits() {
        assertThat(buildFailure(b -> b.connectTimeout(Duration.ZERO)))
                .isEqualTo("connectTimeout must be positive: PT0S");
        assertThat(buildFailure(b -> b.requestTimeout(Duration.ofSeconds(-1))))
                .isEqualTo("requestTimeout must be positive: PT-1S");
        assertThat(buildFailure(b -> b.callTimeout(Duration.ZERO)))
                .isEqualTo("callTimeout must be positive: PT0S");
        assertThat(buildFailure(b -> b.maxResponseBytes(0)))
                .isEqualTo("maxResponseBytes must be between 1 and 2147483639: 0");
        assertThat(assertThrows(NullPointerException.class,
                () -> valid().requestTimeout(null))).hasMessage("requestTimeout == null");
        assertThat(assertThrows(NullPointerException.class,
                () -> valid().callTimeout(null))).hasMessage("callTimeout == null");
    }

    @Test
    @DisplayName("forUser and withCredential check their argument")
    void perUserChecks() {
        ActionKitClient client = valid().build();

        assertThat(assertThrows(NullPointerException.class, () -> client.forUser(null)))
                .hasMessage("userToken == null");
        assertThat(assertThrows(IllegalArgumentException.class, () -> client.forUser(" ")))
                .hasMessage("userToken is blank");
        assertThat(assertThrows(NullPointerException.class, () -> client.withCredential(null)))
                .hasMessage("credentialId == null");
        assertThat(assertThrows(IllegalArgumentException.class,
                () -> client.forUser("a\nb"))).hasMessage("userToken contains a character that is "
                + "not allowed in an HTTP header (at index 1)");
    }
}
