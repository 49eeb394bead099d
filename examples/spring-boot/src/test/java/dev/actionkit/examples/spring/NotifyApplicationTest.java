package dev.actionkit.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.RecordedRequest;
import dev.actionkit.testkit.Reply;
import dev.actionkit.testkit.SigningKeys;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DisplayName("POST /users/{id}/notify sends the Slack message for that user, observed as a timer")
class NotifyApplicationTest {

    private static final FakeActionKit ACTIONKIT = FakeActionKit.start();

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void actionKit(DynamicPropertyRegistry registry) {
        registry.add("actionkit.project-id", ACTIONKIT::projectId);
        registry.add("actionkit.base-url", ACTIONKIT::baseUrl);
        registry.add("actionkit.signing-key", SigningKeys::pem);
    }

    @AfterAll
    static void stop() {
        ACTIONKIT.close();
    }

    @Test
    @DisplayName("the request on the wire, the user's token, and actionkit.action{success}")
    void notifies() throws Exception {
        // given
        ACTIONKIT.onRun("SLACK_SEND_MESSAGE", Reply.json(200, "{\"ok\": true, \"ts\": \"1.2\"}"));
        ACTIONKIT.clearRequests();
        double before = successTimerCount();

        // when
        HttpResponse<String> response = post("/users/user-1/notify",
                "{\"channel\": \"#general\", \"message\": \"Build 142 is live\"}");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"ok\": true, \"ts\": \"1.2\"}");
        RecordedRequest run = ACTIONKIT.runs().get(0);
        assertThat(run.path()).isEqualTo("/projects/" + ACTIONKIT.projectId() + "/actions");
        assertThat(run.json().toString()).isEqualTo("{\"action\":\"SLACK_SEND_MESSAGE\","
                + "\"parameters\":{\"channel\":\"#general\",\"message\":\"Build 142 is live\"}}");
        assertThat(SigningKeys.claims(run.bearerToken().orElseThrow()))
                .contains("\"sub\":\"user-1\"");
        assertThat(successTimerCount()).isEqualTo(before + 1);
    }

    /** The count of the timer {@code actionkit.action} for a successful Slack message, or 0. */
    private double successTimerCount() {
        Timer timer = meters.find("actionkit.action")
                .tags("action", "SLACK_SEND_MESSAGE", "integration", "slack",
                        "outcome", "success", "status", "200")
                .timer();
        return timer == null ? 0 : timer.count();
    }

    @Test
    @DisplayName("the actuator shows the actionkit.action timer")
    void actuator() throws Exception {
        // given
        ACTIONKIT.onRun("SLACK_SEND_MESSAGE", Reply.json(200, "{}"));
        post("/users/user-2/notify", "{\"channel\": \"#ops\", \"message\": \"hi\"}");

        // when
        HttpResponse<String> metric = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/actuator/metrics/actionkit.action?tag=outcome:success")).build(),
                HttpResponse.BodyHandlers.ofString());

        // then
        assertThat(metric.statusCode()).isEqualTo(200);
        assertThat(metric.body()).contains("\"name\":\"actionkit.action\"")
                .contains("SLACK_SEND_MESSAGE");
    }

    @Test
    @DisplayName("the runtime runs on the Jackson 2 that Spring Boot manages")
    void bootsJackson2() {
        assertThat(PackageVersion.VERSION.toString())
                .isEqualTo(System.getProperty("boot.jackson2.version"));
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
