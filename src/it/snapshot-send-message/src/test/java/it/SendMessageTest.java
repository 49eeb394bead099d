package it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.actionkit.runtime.ActionKitClient;
import dev.actionkit.runtime.ActionResult;
import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.RecordedRequest;
import it.generated.Actions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SendMessageTest {

    @Test
    @DisplayName("the generated slack().sendMessage posts SLACK_SEND_MESSAGE with both arguments")
    void sendsTheMessage() throws Exception {
        // given
        try (FakeActionKit server = FakeActionKit.start("it-project", 0)) {
            ActionKitClient client = ActionKitClient.builder().baseUrl(server.baseUrl())
                    .projectId("it-project").token("user-token-42").build();

            // when
            ActionResult result = new Actions(client).slack().sendMessage("#general", "Hello");

            // then
            assertThat(result.status()).isEqualTo(200);
            RecordedRequest run = server.runs().get(0);
            assertThat(run.path()).isEqualTo("/projects/it-project/actions");
            assertThat(run.bearerToken()).hasValue("user-token-42");
            assertThat(run.json()).isEqualTo(new ObjectMapper().readTree(
                    "{\"action\": \"SLACK_SEND_MESSAGE\","
                            + " \"parameters\": {\"channel\": \"#general\","
                            + " \"message\": \"Hello\"}}"));
        }
    }
}
