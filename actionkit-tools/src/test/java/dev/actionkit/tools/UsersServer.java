package dev.actionkit.tools;

import dev.actionkit.runtime.ActionKitClient;
import dev.actionkit.testkit.FakeActionKit;

/**
 * The testkit's loopback ActionKit answering Ada and Bob with their own listings
 * ({@link UserCatalogs}), and each user's client: user {@code x} has the token
 * {@code token-x}.
 */
final class UsersServer implements AutoCloseable {

    final FakeActionKit server = FakeActionKit.start()
            .catalogFor("token-ada", UserCatalogs.ada())
            .catalogFor("token-bob", UserCatalogs.bob());
    private final ActionKitClient client = ActionKitClient.builder()
            .baseUrl(server.baseUrl())
            .projectId(server.projectId())
            .build();

    /** Returns the client of a user key, as an application's {@code clientFor} does. */
    ActionKitClient clientFor(Object user) {
        return client.forUser("token-" + user);
    }

    @Override
    public void close() {
        server.close();
    }
}
