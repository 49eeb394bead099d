package dev.actionkit.runtime;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** What the runtime tests share: a distinctive token and clients with short timeouts. */
final class TestClients {

    /** A token that must never show up in a message or a {@code toString()}. */
    static final String TOKEN = "tok-S3CRET-7f9e2a-never-print-me";

    /** Three attempts, 100 ms doubling to 400 ms, Retry-After honoured up to 30 s. */
    static final RetryPolicy RETRIES = new RetryPolicy(
            3, Duration.ofMillis(100), Duration.ofMillis(400), Duration.ofSeconds(30));

    private TestClients() {}

    /** A builder for the fake server's project with the test token and short timeouts. */
    static ActionKitClient.Builder builder(FakeActionKit server, Sleeper sleeper) {
        return ActionKitClient.builder()
                .baseUrl(server.baseUrl())
                .projectId(server.projectId())
                .token(TOKEN)
                .connectTimeout(Duration.ofSeconds(2))
                .requestTimeout(Duration.ofSeconds(5))
                .retryPolicy(RETRIES)
                .sleeper(sleeper);
    }

    /** A client for the fake server with the test token and the given sleeper. */
    static ActionKitClient client(FakeActionKit server, Sleeper sleeper) {
        return builder(server, sleeper).build();
    }

    /**
     * Has {@code server} answer the next run of {@code action} with {@code reply}, runs it with
     * {@code client} and returns the API error the call must throw.
     */
    static ActionKitApiException runFailing(FakeActionKit server, ActionKitClient client,
            String action, Reply reply) {
        server.enqueueRun(action, reply);
        return assertThrows(ActionKitApiException.class, () -> client.run(action, Map.of()));
    }

    /** Reads a file of the repository's {@code testdata/} directory. */
    static byte[] testdata(String path) {
        try {
            return Files.readAllBytes(Path.of("..", "testdata", path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns a loopback port on which nothing listens: a connection to it is refused. */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
