package dev.actionkit.runtime;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how long the client retries, for the reasons in which a retry cannot duplicate
 * a side effect: a 429 (honouring {@code Retry-After}), a connection that failed before the
 * request was sent, and, for listings only, a 502, 503 or 504. A run that may have reached the
 * server is never retried.
 *
 * @param maxAttempts attempts in all, the first included; 1 turns retries off
 * @param initialBackoff the wait before the second attempt; it doubles each time
 * @param maxBackoff the longest wait between two attempts when the server names none
 * @param maxRetryAfter the longest {@code Retry-After} honoured; a longer one is not waited for
 *     and the 429 is thrown
 */
public record RetryPolicy(
        int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {

    private static final RetryPolicy DEFAULTS = new RetryPolicy(
            3, Duration.ofMillis(500), Duration.ofSeconds(5), Duration.ofSeconds(60));

    /** Checks that there is at least one attempt and that no duration is negative. */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts < 1: " + maxAttempts);
        }
        requireNonNegative(initialBackoff, "initialBackoff");
        requireNonNegative(maxBackoff, "maxBackoff");
        requireNonNegative(maxRetryAfter, "maxRetryAfter");
    }

    /** Returns 3 attempts, 500 ms doubling up to 5 s, {@code Retry-After} honoured up to 60 s. */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** Returns a policy that never retries. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    /** Returns the wait before attempt {@code attempt + 1}, without a server hint. */
    Duration backoff(int attempt) {
        long millis = initialBackoff.toMillis();
        for (int i = 1; i < attempt && millis < maxBackoff.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
    }

    private static void requireNonNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name + " == null");
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " is negative: " + duration);
        }
    }
}
