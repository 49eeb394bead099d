package dev.actionkit.runtime;

import static dev.actionkit.runtime.TestClients.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.Reply;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The token never appears in a toString(), a message or a stack trace")
class NoTokenLeakTest {

    private static String everything(Throwable error) {
        StringWriter text = new StringWriter();
        error.printStackTrace(new PrintWriter(text));
        return error + "\n" + text;
    }

    @Test
    @DisplayName("the client, its builder and a per-user client show **** for the token")
    void toStrings() {
        // given
        ActionKitClient.Builder builder = ActionKitClient.builder()
                .baseUrl("http://localhost:9").projectId("p-1").token(TOKEN);
        ActionKitClient client = builder.build();

        // then
        assertThat(builder).hasToString(
                "ActionKitClient.Builder{baseUrl=http://localhost:9, projectId=p-1, token=****}");
        assertThat(client).hasToString(
                "ActionKitClient{baseUrl=http://localhost:9, projectId=p-1, token=****}");
        assertThat(client.forUser(TOKEN + "-2").withCredential("c-1")).hasToString(
                "ActionKitClient{baseUrl=http://localhost:9, projectId=p-1, token=****, "
                        + "credentialId=c-1}");
        assertThat(ActionKitClient.builder().projectId("p").build().toString())
                .endsWith("token=none}");
    }

    @Test
    @DisplayName("every exception the runtime throws leaves the token out")
    void exceptions() {
        try (FakeActionKit server = FakeActionKit.start()) {
            // given
            ActionKitClient client = TestClients.client(server, new RecordingSleeper());
            ActionKitClient impatient = TestClients.builder(server, new RecordingSleeper())
                    .requestTimeout(Duration.ofMillis(300)).build();
            server.enqueueRun("ECHO", Reply.text(401, "token " + TOKEN + " is invalid"));
            server.enqueueRun("SLOW", Reply.json(200, "{}").after(Duration.ofSeconds(2)));
            server.enqueueRun("BROKEN", Reply.fault(Reply.Fault.CLOSE_MID_BODY));
            server.enqueueList(Reply.json(200, "{\"actions\": 1}"));
            ActionKitClient refused = ActionKitClient.builder()
                    .baseUrl("http://127.0.0.1:" + TestClients.closedPort()).projectId("p")
                    .token(TOKEN).retryPolicy(RetryPolicy.none()).build();

            // when
            List<RuntimeException> failures = List.of(
                    assertThrows(ActionKitApiException.class, () -> client.run("ECHO", Map.of())),
                    assertThrows(ActionKitTransportException.class,
                            () -> impatient.run("SLOW", Map.of())),
                    assertThrows(ActionKitTransportException.class,
                            () -> client.run("BROKEN", Map.of())),
                    assertThrows(CatalogFormatException.class, client::listActions),
                    assertThrows(ActionKitTransportException.class,
                            () -> refused.run("X", Map.of())),
                    assertThrows(IllegalArgumentException.class,
                            () -> client.forUser(TOKEN + "\n")));

            // then
            for (RuntimeException failure : failures) {
                assertThat(everything(failure)).doesNotContain(TOKEN);
            }
            assertThat(((ActionKitApiException) failures.get(0)).rawBody())
                    .isEqualTo("token **** is invalid");
        }
    }

    @Test
    @DisplayName("the minter never shows its key")
    void minter() throws Exception {
        // given
        var generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String pem = UserTokenMinterTest.Pem.pkcs8(generator.generateKeyPair().getPrivate());

        // then
        String shown = UserTokenMinter.fromPem(pem).toString();
        assertThat(shown).isEqualTo("UserTokenMinter{RS256, key=****}");
        assertThat(pem).doesNotContain(shown);
    }
}
