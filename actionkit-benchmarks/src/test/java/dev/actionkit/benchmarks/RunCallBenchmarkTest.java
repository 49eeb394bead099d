package dev.actionkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.actionkit.runtime.ActionKitClient;
import dev.actionkit.runtime.ActionResult;
import dev.actionkit.testkit.FakeActionKit;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RunCallBenchmarkTest {

    @Test
    @DisplayName("both sides of the benchmark get the same answer from the testkit's server")
    void bothSidesRunAgainstTheTestkitServer() throws Exception {
        // given
        RunCallBenchmark benchmark = new RunCallBenchmark();
        benchmark.start();
        try {
            // when
            ActionResult ours = benchmark.actionKitClient();
            byte[] baseline = benchmark.handWritten();

            // then
            assertThat(ours.status()).isEqualTo(200);
            assertThat(ours.text()).isEqualTo(new String(baseline, StandardCharsets.UTF_8))
                    .contains("\"channel\":\"CSQCUNXBP\"");
        } finally {
            benchmark.stop();
        }
    }

    @Test
    @DisplayName("the benchmark's server answers runs without recording them")
    void serverRecordsNothing() {
        // given
        try (FakeActionKit server = RunCallBenchmark.server()) {
            ActionKitClient client = ActionKitClient.builder().baseUrl(server.baseUrl())
                    .projectId("bench").build().forUser("token");

            // when
            ActionResult result = client.run("SLACK_SEND_MESSAGE", java.util.Map.of("a", 1));

            // then
            assertThat(result.json().path("ok").asBoolean()).isTrue();
            assertThat(server.requests()).isEmpty();
        }
    }
}
