package it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.actionkit.runtime.ActionKitClient;
import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.RecordedRequest;
import it.generated.Actions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CreateContactTest {

    @Test
    @DisplayName("the hubspot() accessor generated after HubSpot was enabled runs the action")
    void createsTheContact() throws Exception {
        // given
        try (FakeActionKit server = FakeActionKit.start("it-project", 0)) {
            ActionKitClient client = ActionKitClient.builder().baseUrl(server.baseUrl())
                    .projectId("it-project").token("user-token-7").build();

            // when
            new Actions(client).hubspot().createRecordContacts("ada@example.com");

            // then
            RecordedRequest run = server.runs().get(0);
            assertThat(run.json()).isEqualTo(new ObjectMapper().readTree(
                    "{\"action\": \"HUBSPOT_CREATE_RECORD_CONTACTS\","
                            + " \"parameters\": {\"email\": \"ada@example.com\"}}"));
        }
    }
}
