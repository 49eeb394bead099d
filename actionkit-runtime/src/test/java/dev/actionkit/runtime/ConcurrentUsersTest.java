package dev.actionkit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.RecordedRequest;
import dev.actionkit.testkit.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Calls for different users never carry each other's token, under concurrency")
class ConcurrentUsersTest {

    private static final int CALLS = 300;
    private static final List<String> USERS = List.of("ada", "bob", "cyd", "dee", "eve", "fay");

    private FakeActionKit server;
    private ActionKitClient shared;

    @BeforeEach
    void start() {
        server = FakeActionKit.start();
        // The server answers with the token it saw, so each caller can check its own answer.
        server.defaultRun(request -> Reply.json(200, "{\"token\": \""
                + request.bearerToken().orElse("") + "\", \"user\": \""
                + request.json().at("/parameters/user").asText() + "\"}"));
        shared = ActionKitClient.builder().baseUrl(server.baseUrl()).projectId("test-project")
                .build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String tokenOf(String user) {
        return "token-of-" + user;
    }

    @Test
    @DisplayName("300 blocking and async calls for 6 users each carry their own user's token")
    void noTokenCrossing() throws Exception {
        // given
        ExecutorService callers = Executors.newFixedThreadPool(24);
        List<CompletableFuture<ActionResult>> calls = new ArrayList<>();

        // when
        try {
            for (int i = 0; i < CALLS; i++) {
                String user = USERS.get(i % USERS.size());
                Map<String, Object> parameters = Map.of("user", user, "call", i);
                if (i % 2 == 0) {
                    calls.add(CompletableFuture.supplyAsync(() -> shared.forUser(tokenOf(user))
                            .run("SLACK_SEND_MESSAGE", parameters), callers));
                } else {
                    calls.add(shared.forUser(tokenOf(user)).runAsync("SLACK_SEND_MESSAGE",
                            parameters));
                }
            }
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new))
                    .get(30, TimeUnit.SECONDS);
        } finally {
            callers.shutdownNow();
        }

        // then: every answer went back to the caller whose token was sent
        for (CompletableFuture<ActionResult> call : calls) {
            var answer = call.join().json();
            assertThat(answer.get("token").asText())
                    .isEqualTo(tokenOf(answer.get("user").asText()));
        }
        // and every request the server saw carried the token of the user in its parameters
        List<RecordedRequest> runs = server.runs();
        assertThat(runs).hasSize(CALLS);
        for (RecordedRequest run : runs) {
            String user = run.json().at("/parameters/user").asText();
            assertThat(run.bearerToken()).contains(tokenOf(user));
        }
        assertThat(runs).extracting(run -> run.json().at("/parameters/call").asInt())
                .doesNotHaveDuplicates().hasSize(CALLS);
    }
}
