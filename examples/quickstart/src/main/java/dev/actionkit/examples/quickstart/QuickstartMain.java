package dev.actionkit.examples.quickstart;

import dev.actionkit.examples.quickstart.generated.Actions;
import dev.actionkit.runtime.ActionKitClient;
import dev.actionkit.runtime.UserTokenMinter;
import dev.actionkit.testkit.FakeActionKit;
import java.io.PrintStream;
import java.util.Map;

/**
 * Runs a handful of generated calls and prints a transcript. Without configuration it talks to
 * an embedded stand-in for ActionKit on loopback; with {@code ACTIONKIT_PROJECT_ID} and either
 * {@code ACTIONKIT_TOKEN} or {@code ACTIONKIT_SIGNING_KEY} + {@code ACTIONKIT_USER_ID} in the
 * environment it talks to the real ActionKit (and really sends the messages).
 */
public final class QuickstartMain {

    private QuickstartMain() {}

    /** Runs the tour against the stand-in or, when configured, the real ActionKit. */
    public static void main(String[] args) {
        run(System.getenv(), System.out);
    }

    static void run(Map<String, String> env, PrintStream out) {
        String projectId = env.get("ACTIONKIT_PROJECT_ID");
        if (projectId == null || projectId.isBlank()) {
            try (FakeActionKit standIn = LocalActionKit.start()) {
                out.println("ActionKit Codegen quickstart: talking to an embedded stand-in for "
                        + "ActionKit at " + standIn.baseUrl());
                out.println("(set ACTIONKIT_PROJECT_ID and ACTIONKIT_TOKEN to use your own "
                        + "Paragon project)");
                ActionKitClient client = ActionKitClient.builder()
                        .baseUrl(standIn.baseUrl())
                        .projectId(LocalActionKit.PROJECT_ID)
                        .build();
                Tour.run(new Actions(client.forUser(LocalActionKit.USER_TOKEN)),
                        new Transcript(out, standIn));
            }
            return;
        }
        ActionKitClient client = ActionKitClient.builder()
                .baseUrl(env.getOrDefault("ACTIONKIT_BASE_URL", ActionKitClient.DEFAULT_BASE_URL))
                .projectId(projectId)
                .build();
        out.println("ActionKit Codegen quickstart: talking to " + client.baseUrl()
                + ", project " + projectId);
        Tour.run(new Actions(client.forUser(userToken(env))), new Transcript(out, null));
    }

    private static String userToken(Map<String, String> env) {
        String token = env.get("ACTIONKIT_TOKEN");
        if (token != null && !token.isBlank()) {
            return token;
        }
        String key = env.get("ACTIONKIT_SIGNING_KEY");
        String userId = env.get("ACTIONKIT_USER_ID");
        if (key == null || userId == null) {
            throw new IllegalStateException("ACTIONKIT_PROJECT_ID is set: also set ACTIONKIT_TOKEN, "
                    + "or ACTIONKIT_SIGNING_KEY and ACTIONKIT_USER_ID");
        }
        return UserTokenMinter.fromPem(key).mint(userId);
    }
}
