package dev.actionkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.actionkit.runtime.ActionKitClient;
import dev.actionkit.runtime.UserTokenMinter;
import dev.actionkit.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ActionKitUsers caches each user's token until shortly before it expires")
class ActionKitUsersTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));
    private final UserTokenMinter minter = UserTokenMinter.fromPem(TestKeys.PEM, clock);
    private final ActionKitClient client = ActionKitClient.builder().projectId("p").build();

    private ActionKitUsers users(int maxCached) {
        return new ActionKitUsers(client, minter, Duration.ofMinutes(60), Duration.ofMinutes(5),
                maxCached, clock);
    }

    @Test
    @DisplayName("the same user gets the cached token until the renewal time, then a new one")
    void renewal() {
        // given
        ActionKitUsers users = users(10);
        String first = users.token("user-1");

        // when
        clock.advance(Duration.ofMinutes(54));
        String cached = users.token("user-1");
        clock.advance(Duration.ofMinutes(1));
        String renewed = users.token("user-1");

        // then
        assertThat(cached).isSameAs(first);
        assertThat(renewed).isNotEqualTo(first);
        assertThat(TestKeys.claims(renewed)).contains("\"sub\":\"user-1\"");
    }

    @Test
    @DisplayName("users never share a token, and the least recently used is dropped past the limit")
    void perUser() {
        // given
        ActionKitUsers users = users(2);

        // when
        String ada = users.token("ada");
        String bob = users.token("bob");
        users.token("ada");
        users.token("cy");

        // then
        assertThat(ada).isNotEqualTo(bob);
        assertThat(users.cachedUsers()).isEqualTo(2);
        assertThat(users.token("ada")).isSameAs(ada);
        assertThat(users.client("ada").hasToken()).isTrue();
    }

    @Test
    @DisplayName("a renewal time not shorter than the validity is refused")
    void badRenewal() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ActionKitUsers(client, minter, Duration.ofMinutes(5),
                        Duration.ofMinutes(5), 1, clock));
        assertThat(e).hasMessage("renewBefore must be at least zero and less than the token "
                + "validity: PT5M vs PT5M");
    }
}
