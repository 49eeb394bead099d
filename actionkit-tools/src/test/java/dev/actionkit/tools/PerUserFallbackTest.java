package dev.actionkit.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.MutableClock;
import dev.actionkit.testkit.Reply;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A failed listing falls back as documented, and is logged once")
class PerUserFallbackTest {

    private static final Duration TTL = Duration.ofMinutes(10);
    private static final Duration RETRY = Duration.ofMinutes(1);
    private static final String FAILURE = "{\"message\": \"Internal error for token-ada\", "
            + "\"code\": \"50000\", \"status\": 500}";

    private final UsersServer actionKit = new UsersServer();
    private final FakeActionKit server = actionKit.server;
    private final MutableClock clock = new MutableClock();
    private final ActionTools generated = ActionTools.of(SampleCatalog.descriptors());
    private final PerUserActionTools perUser = PerUserActionTools.builder(actionKit::clientFor)
            .fallback(generated)
            .timeToLive(TTL)
            .retryAfterFailure(RETRY)
            .clock(clock)
            .build();

    /** Held here: java.util.logging keeps loggers only weakly. */
    private final Logger log = Logger.getLogger(PerUserActionTools.class.getName());
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void recordLog() {
        log.setLevel(Level.ALL);
        log.addHandler(recorder);
    }

    @AfterEach
    void stop() {
        log.removeHandler(recorder);
        log.setLevel(null);
        actionKit.close();
    }

    @Test
    @DisplayName("a first listing that fails serves the fallback tools until the retry, then lists")
    void firstFailureServesTheFallback() {
        // given
        server.enqueueList(Reply.json(500, FAILURE));

        // when
        UserTools failed = perUser.toolsFor("ada");
        clock.advance(RETRY.minusNanos(1));
        UserTools beforeRetry = perUser.toolsFor("ada");
        clock.advance(Duration.ofNanos(1));
        UserTools retried = perUser.toolsFor("ada");

        // then
        assertThat(failed.origin()).isEqualTo(UserTools.Origin.FALLBACK);
        assertThat(failed.tools().descriptors()).isEqualTo(generated.descriptors());
        assertThat(beforeRetry).isSameAs(failed);
        assertThat(retried.origin()).isEqualTo(UserTools.Origin.LIVE);
        assertThat(retried.tools().find(UserCatalogs.LIVE_ONLY_ACTION)).isPresent();
        assertThat(server.listings()).hasSize(2);
    }

    @Test
    @DisplayName("a refresh that fails keeps serving the user's last listing, custom fields too")
    void failedRefreshServesTheLastListing() {
        // given
        UserTools live = perUser.toolsFor("ada");
        clock.advance(TTL);
        server.enqueueList(Reply.text(200, "<html>not a catalog</html>"));

        // when
        UserTools refreshed = perUser.toolsFor("ada");

        // then
        assertThat(refreshed.origin()).isEqualTo(UserTools.Origin.LAST_LISTING);
        assertThat(refreshed.tools()).isSameAs(live.tools());
        assertThat(refreshed.runner().check("HUBSPOT_CREATE_RECORD_CONTACTS",
                "{\"email\": \"a@example.com\", \"loyalty_tier\": \"gold\"}")).isNotNull();
        assertThat(server.listings()).hasSize(2);
    }

    @Test
    @DisplayName("the last listing is still kept after a second failed refresh")
    void lastListingSurvivesRepeatedFailures() {
        // given
        UserTools live = perUser.toolsFor("ada");
        server.enqueueList(Reply.json(500, FAILURE)).enqueueList(Reply.json(500, FAILURE));

        // when
        clock.advance(TTL);
        UserTools first = perUser.toolsFor("ada");
        clock.advance(RETRY);
        UserTools second = perUser.toolsFor("ada");
        clock.advance(RETRY);
        UserTools recovered = perUser.toolsFor("ada");

        // then
        assertThat(List.of(first.origin(), second.origin(), recovered.origin())).containsExactly(
                UserTools.Origin.LAST_LISTING, UserTools.Origin.LAST_LISTING,
                UserTools.Origin.LIVE);
        assertThat(second.tools()).isSameAs(live.tools());
        assertThat(server.listings()).hasSize(4);
    }

    @Test
    @DisplayName("without a fallback, a user whose first listing fails is offered no tools")
    void noFallbackMeansNoTools() {
        // given
        PerUserActionTools bare = PerUserActionTools.builder(actionKit::clientFor).build();
        server.enqueueList(Reply.json(500, FAILURE));

        // when
        UserTools failed = bare.toolsFor("ada");

        // then
        assertThat(failed.origin()).isEqualTo(UserTools.Origin.FALLBACK);
        assertThat(failed.tools().size()).isZero();
    }

    @Test
    @DisplayName("failures are logged once as a warning, then at debug, and recovery once")
    void failuresAreLoggedOnce() {
        // given: Ada's failure echoes her token, as some error bodies do
        server.enqueueList(Reply.json(500, FAILURE))
                .enqueueList(Reply.json(500, "{\"message\": \"Internal error\"}"))
                .enqueueList(Reply.text(400, "Bad request"));

        // when
        perUser.toolsFor("ada");
        perUser.toolsFor("bob");
        perUser.toolsFor("cyd");
        clock.advance(RETRY);
        perUser.toolsFor("ada");

        // then
        assertThat(logged).extracting(LogRecord::getLevel)
                .containsExactly(Level.WARNING, Level.FINE, Level.FINE, Level.INFO);
        assertThat(logged.get(0).getMessage()).startsWith("Listing a user's ActionKit actions "
                + "failed; until listings succeed again, each user keeps their last listing, "
                + "else gets the " + generated.size() + " fallback tools. Further failures are "
                + "logged at debug level. Cause: GET /actions failed: HTTP 500, code 50000");
        assertThat(logged.get(3).getMessage())
                .isEqualTo("Listing users' ActionKit actions works again.");
        assertThat(logged).extracting(LogRecord::getMessage)
                .allSatisfy(message -> assertThat(message).doesNotContain("token-"));
    }
}
