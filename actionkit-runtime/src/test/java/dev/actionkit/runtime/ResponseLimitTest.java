package dev.actionkit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.Reply;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A body over maxResponseBytes fails clearly without being read into memory")
class ResponseLimitTest {

    private static final int LIMIT = 1024 * 1024;

    @Test
    @DisplayName("a declared body over the limit fails the run with a clear message")
    void declaredTooLarge() {
        try (FakeActionKit server = FakeActionKit.start()) {
            // given
            RecordingSleeper sleeper = new RecordingSleeper();
            ActionKitClient client = TestClients.builder(server, sleeper)
                    .maxResponseBytes(1000).build();
            server.enqueueRun("X", Reply.of(200, "application/pdf", new byte[1001]));
            server.enqueueRun("X", Reply.of(200, "application/pdf", new byte[1000]));

            // when
            ActionKitTransportException e = assertThrows(ActionKitTransportException.class,
                    () -> client.run("X", Map.of()));

            // then
            assertThat(e).hasMessage("X failed: the response body is larger than the limit of "
                    + "1000 bytes (maxResponseBytes)");
            assertThat(client.run("X", Map.of()).bytes()).hasSize(1000);
        }
    }

    @Test
    @DisplayName("a listing over the limit is not retried: the answer would be as large again")
    void listingTooLarge() {
        try (FakeActionKit server = FakeActionKit.start()) {
            // given
            RecordingSleeper sleeper = new RecordingSleeper();
            ActionKitClient client = TestClients.builder(server, sleeper)
                    .maxResponseBytes(10).build();

            // when
            ActionKitTransportException e = assertThrows(ActionKitTransportException.class,
                    () -> client.listActions());

            // then
            assertThat(e).hasMessage("GET /actions failed: the response body is larger than the "
                    + "limit of 10 bytes (maxResponseBytes)");
            assertThat(e.isBodyTooLarge()).isTrue();
            assertThat(e.isTimeout()).isFalse();
            assertThat(server.listings()).hasSize(1);
            assertThat(sleeper.waits()).isEmpty();
        }
    }

    @Test
    @DisplayName("an endless chunked body is cut off at the limit and the connection dropped")
    void endlessBody() throws Exception {
        // given
        CompletableFuture<Long> written = new CompletableFuture<>();
        HttpServer server = HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        server.createContext("/", exchange -> streamForever(exchange, written));
        server.start();
        try {
            ActionKitClient client = ActionKitClient.builder()
                    .baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
                    .projectId("p").token(TestClients.TOKEN).maxResponseBytes(LIMIT).build();

            // when
            ActionKitTransportException e = assertThrows(ActionKitTransportException.class,
                    () -> client.run("GOOGLE_DRIVE_DOWNLOAD_FILE", Map.of()));

            // then
            assertThat(e).hasMessage("GOOGLE_DRIVE_DOWNLOAD_FILE failed: the response body is "
                    + "larger than the limit of 1048576 bytes (maxResponseBytes)");
            assertThat(e.isBodyTooLarge()).isTrue();
            assertThat(written.get(10, TimeUnit.SECONDS)).isLessThan(32L * LIMIT);
        } finally {
            server.stop(0);
        }
    }

    /** Writes 64 KiB chunks until the client goes away; completes with the bytes written. */
    private static void streamForever(HttpExchange exchange, CompletableFuture<Long> written) {
        byte[] chunk = new byte[64 * 1024];
        long total = 0;
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            while (total < 1024L * LIMIT) {
                out.write(chunk);
                total += chunk.length;
            }
        } catch (IOException e) {
            // The client dropped the connection: what this test wants.
        } finally {
            written.complete(total);
        }
    }
}
