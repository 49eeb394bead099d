package dev.actionkit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A retry policy is checked when made and backs off by doubling")
class RetryPolicyTest {

    @Test
    @DisplayName("the backoff doubles from the initial wait up to the cap")
    void backoffDoubles() {
        // given
        RetryPolicy policy = new RetryPolicy(
                10, Duration.ofMillis(250), Duration.ofSeconds(1), Duration.ofSeconds(5));

        // then
        assertThat(policy.backoff(1)).isEqualTo(Duration.ofMillis(250));
        assertThat(policy.backoff(2)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.backoff(3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.backoff(60)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    @DisplayName("the defaults are 3 attempts, 500 ms doubling to 5 s, Retry-After up to 60 s")
    void defaults() {
        assertThat(RetryPolicy.defaults()).isEqualTo(new RetryPolicy(
                3, Duration.ofMillis(500), Duration.ofSeconds(5), Duration.ofSeconds(60)));
        assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    }

    @Test
    @DisplayName("fewer than one attempt is refused with an exact message")
    void noAttempts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO));

        assertThat(e).hasMessage("maxAttempts < 1: 0");
    }

    @Test
    @DisplayName("a negative or missing duration is refused with an exact message")
    void badDurations() {
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(2, Duration.ofMillis(-1), Duration.ZERO, Duration.ZERO));
        NullPointerException missing = assertThrows(NullPointerException.class,
                () -> new RetryPolicy(2, Duration.ZERO, Duration.ZERO, null));

        assertThat(negative).hasMessage("initialBackoff is negative: PT-0.001S");
        assertThat(missing).hasMessage("maxRetryAfter == null");
    }
}
