package it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.actionkit.runtime.ActionKitClient;
import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.RecordedRequest;
import it.generated.Actions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DirectMessageTest {

    @Test
    @DisplayName("botName, listed as required by the catalog, is optional: two arguments suffice")
    void botNameIsOptional() throws Exception {
        // given
        try (FakeActionKit server = FakeActionKit.start("it-project", 0)) {
            ActionKitClient client = ActionKitClient.builder().baseUrl(server.baseUrl())
                    .projectId("it-project").token("user-token-3").build();

            // when
            new Actions(client).slack().sendDirectMessage("U024BE7LH", "Hi");

            // then
            RecordedRequest run = server.runs().get(0);
            assertThat(run.json()).isEqualTo(new ObjectMapper().readTree(
                    "{\"action\": \"SLACK_SEND_DIRECT_MESSAGE\","
                            + " \"parameters\": {\"memberId\": \"U024BE7LH\","
                            + " \"message\": \"Hi\"}}"));
        }
    }
}
