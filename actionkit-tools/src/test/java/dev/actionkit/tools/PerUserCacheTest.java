package dev.actionkit.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.MutableClock;
import dev.actionkit.testkit.RecordedRequest;
import dev.actionkit.testkit.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Per-user listings are cached, shared while in flight, and bounded")
class PerUserCacheTest {

    private static final Duration TTL = Duration.ofMinutes(10);

    private final UsersServer actionKit = new UsersServer();
    private final FakeActionKit server = actionKit.server;
    private final MutableClock clock = new MutableClock();
    private final PerUserActionTools perUser = PerUserActionTools.builder(actionKit::clientFor)
            .timeToLive(TTL)
            .clock(clock)
            .build();

    @AfterEach
    void stopServer() {
        actionKit.close();
    }

    @Test
    @DisplayName("the second request for a user is served from the cache, without a listing")
    void servesTheSecondRequestFromTheCache() {
        // when
        UserTools first = perUser.toolsFor("ada");
        UserTools second = perUser.toolsFor("ada");

        // then
        assertThat(second).isSameAs(first);
        assertThat(server.listings()).hasSize(1);
    }

    @Test
    @DisplayName("a user's listing expires after the time to live, and not a moment before")
    void expiresOnTheTimeToLive() {
        // given
        UserTools first = perUser.toolsFor("ada");

        // when
        clock.advance(TTL.minusNanos(1));
        UserTools justBefore = perUser.toolsFor("ada");
        clock.advance(Duration.ofNanos(1));
        UserTools after = perUser.toolsFor("ada");

        // then
        assertThat(justBefore).isSameAs(first);
        assertThat(after).isNotSameAs(first);
        assertThat(after.origin()).isEqualTo(UserTools.Origin.LIVE);
        assertThat(server.listings()).hasSize(2);
    }

    @Test
    @DisplayName("concurrent callers for one user share one listing, counted at the server")
    void concurrentCallersShareOneListing() throws Exception {
        // given: a listing slow enough that every caller arrives while it is in flight
        int callers = 16;
        server.enqueueList(Reply.of(200, "application/json", UserCatalogs.ada())
                .after(Duration.ofMillis(500)));
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CyclicBarrier start = new CyclicBarrier(callers);
        List<CompletableFuture<UserTools>> results = new ArrayList<>();

        // when
        try {
            for (int i = 0; i < callers; i++) {
                results.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return perUser.toolsFor("ada");
                }, pool));
            }
            CompletableFuture.allOf(results.toArray(CompletableFuture[]::new))
                    .get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        // then
        assertThat(server.listings()).hasSize(1);
        UserTools shared = results.get(0).join();
        assertThat(results).allSatisfy(result -> assertThat(result.join()).isSameAs(shared));
    }

    @Test
    @DisplayName("beyond maxUsers the least recently used user is dropped and listed again")
    void dropsTheLeastRecentlyUsedUser() {
        // given
        PerUserActionTools two =
                PerUserActionTools.builder(actionKit::clientFor).maxUsers(2).build();
        two.toolsFor("ada");
        two.toolsFor("bob");
        two.toolsFor("ada");

        // when: a third user arrives, so bob, used least recently, goes
        two.toolsFor("cyd");
        two.toolsFor("ada");
        two.toolsFor("bob");

        // then
        assertThat(two.cachedUsers()).isEqualTo(2);
        assertThat(server.listings()).extracting(listing -> listing.bearerToken().orElseThrow())
                .containsExactly("token-ada", "token-bob", "token-cyd", "token-bob");
    }

    @Test
    @DisplayName("invalidating a user makes the next request list again")
    void invalidateListsAgain() {
        // given
        perUser.toolsFor("ada");
        perUser.toolsFor("bob");

        // when
        perUser.invalidate("ada");
        perUser.toolsFor("ada");
        perUser.toolsFor("bob");

        // then
        assertThat(server.listings()).extracting(listing -> listing.bearerToken().orElseThrow())
                .containsExactly("token-ada", "token-bob", "token-ada");
    }

    @Test
    @DisplayName("when clientFor fails, its exception is thrown and nothing is cached")
    void clientForFailureIsThrownAndNotCached() {
        // given
        List<Object> asked = new ArrayList<>();
        PerUserActionTools strict = PerUserActionTools.builder(user -> {
            asked.add(user);
            if (asked.size() == 1) {
                throw new IllegalStateException("no token stored for user " + user);
            }
            return actionKit.clientFor(user);
        }).build();

        // when
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> strict.toolsFor("ada"));
        UserTools retried = strict.toolsFor("ada");

        // then
        assertThat(error.getMessage()).isEqualTo("no token stored for user ada");
        assertThat(retried.origin()).isEqualTo(UserTools.Origin.LIVE);
        assertThat(asked).containsExactly("ada", "ada");
    }

    @Test
    @DisplayName("listings for many users at once never carry another user's token")
    void tokensNeverCrossUsers() throws Exception {
        // given: six users, each with a catalog of one action named after them
        List<String> users = List.of("ada", "bob", "cyd", "dee", "eve", "fay");
        users.forEach(user -> server.catalogFor("token-" + user,
                UserCatalogs.single("custom." + user, "PING_" + user.toUpperCase())));
        ExecutorService pool = Executors.newFixedThreadPool(24);
        List<CompletableFuture<String>> calls = new ArrayList<>();

        // when: each call lists (or reuses) the user's tools and runs the user's only action
        try {
            for (int i = 0; i < 300; i++) {
                String user = users.get(i % users.size());
                calls.add(CompletableFuture.supplyAsync(() -> {
                    UserTools tools = perUser.toolsFor(user);
                    String action = tools.tools().descriptors().get(0).name();
                    String arguments = "{\"text\": \"" + user + "\"}";
                    tools.runner().run(actionKit.clientFor(user), action, arguments);
                    return user + "=" + tools.tools();
                }, pool));
            }
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new))
                    .get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        // then: every caller got its own user's tools
        for (CompletableFuture<String> call : calls) {
            String[] parts = call.join().split("=");
            assertThat(parts[1]).isEqualTo("ActionTools[PING_" + parts[0].toUpperCase() + "]");
        }
        // and the server saw one listing per user, and every run with the matching token
        assertThat(server.listings()).extracting(listing -> listing.bearerToken().orElseThrow())
                .containsExactlyInAnyOrderElementsOf(users.stream().map(u -> "token-" + u)
                        .toList());
        for (RecordedRequest run : server.runs()) {
            String user = run.json().at("/parameters/text").asText();
            assertThat(run.bearerToken()).contains("token-" + user);
            assertThat(run.actionName()).contains("PING_" + user.toUpperCase());
        }
        assertThat(server.runs()).hasSize(300);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
