package dev.actionkit.runtime;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The reasons to try a request again, in the order they are checked. Each one holds only where
 * a retry cannot duplicate a side effect: the server refused the request (429) or never saw it
 * (the connection failed), or the request is a listing, which has none.
 */
enum RetryReason {

    /** 429: the server did not run the request. Waits {@code Retry-After} when it is given. */
    RATE_LIMITED {
        @Override
        boolean applies(Transport.Kind kind, Transport.Outcome outcome) {
            return outcome.response() != null && outcome.response().status() == 429;
        }
    },

    /** The connection failed before the request was sent: the server cannot have run it. */
    NOT_SENT {
        @Override
        boolean applies(Transport.Kind kind, Transport.Outcome outcome) {
            IOException failure = outcome.failure();
            return failure instanceof ConnectException
                    || failure instanceof HttpConnectTimeoutException;
        }
    },

    /** A listing that met a gateway error: listings have no side effect. */
    GATEWAY_ERROR {
        @Override
        boolean applies(Transport.Kind kind, Transport.Outcome outcome) {
            if (kind != Transport.Kind.LIST || outcome.response() == null) {
                return false;
            }
            int status = outcome.response().status();
            return status == 502 || status == 503 || status == 504;
        }
    },

    /** A listing whose connection broke or timed out: listings have no side effect. */
    LIST_CONNECTION_LOST {
        @Override
        boolean applies(Transport.Kind kind, Transport.Outcome outcome) {
            return kind == Transport.Kind.LIST && outcome.failure() != null
                    && !(outcome.failure() instanceof LimitedBodyHandler.BodyTooLargeException);
        }
    };

    private static final List<RetryReason> IN_ORDER = List.of(values());

    abstract boolean applies(Transport.Kind kind, Transport.Outcome outcome);

    /**
     * Returns how long to wait before attempt {@code attempt + 1}, or empty when the outcome is
     * final: no reason applies, attempts are used up, or the server asks for a longer wait than
     * the policy allows.
     */
    static Optional<Duration> delayAfter(int attempt, Transport.Kind kind,
            Transport.Outcome outcome, RetryPolicy policy, Clock clock) {
        if (attempt >= policy.maxAttempts()) {
            return Optional.empty();
        }
        for (RetryReason reason : IN_ORDER) {
            if (reason.applies(kind, outcome)) {
                Optional<Duration> hinted = reason == RATE_LIMITED
                        ? retryAfter(outcome.response(), clock)
                        : Optional.empty();
                if (hinted.isPresent()) {
                    boolean withinCap = hinted.get().compareTo(policy.maxRetryAfter()) <= 0;
                    return withinCap ? hinted : Optional.empty();
                }
                return Optional.of(policy.backoff(attempt));
            }
        }
        return Optional.empty();
    }

    /** Reads {@code Retry-After} as delay-seconds or as an HTTP-date (RFC 9110, 10.2.3). */
    static Optional<Duration> retryAfter(Transport.Response response, Clock clock) {
        Optional<String> header = response.headers().firstValue("Retry-After").map(String::strip);
        if (header.isEmpty() || header.get().isEmpty()) {
            return Optional.empty();
        }
        String value = header.get();
        if (value.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
            } catch (NumberFormatException e) {
                return Optional.of(Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L));
            }
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            Duration wait = Duration.between(clock.instant(), at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
