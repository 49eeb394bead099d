package dev.actionkit.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How an observed call ended, as an {@link ActionKitObserver} is told.
 *
 * @param type success or the kind of failure
 * @param attempts how many attempts were sent, retries included; 0 when the call was cancelled
 *     or failed before its first attempt
 * @param duration from just before the first attempt until the final outcome, waits between
 *     attempts included
 * @param status the HTTP status of the final answer; 0 when no answer arrived
 * @param errorCode ActionKit's error code of an {@link Type#API_ERROR} (e.g. {@code 41070}),
 *     when the body had one; null otherwise
 */
public record ActionCallOutcome(
        Type type, int attempts, Duration duration, int status, String errorCode) {

    /** How a call ended. */
    public enum Type {
        /** A 2xx answer, returned to the caller. */
        SUCCESS,
        /** ActionKit answered with an error status ({@link ActionKitApiException}). */
        API_ERROR,
        /** A connect, request or call timeout elapsed ({@link ActionKitTransportException}). */
        TIMEOUT,
        /** No usable answer for another reason: refused, reset, interrupted, too large. */
        TRANSPORT_ERROR,
        /** The caller cancelled the future of an async call. */
        CANCELLED,
        /** Anything else, e.g. a listing whose 2xx answer is not a catalog. */
        ERROR
    }

    /** Checks that the type and duration are set and the counts are not negative. */
    public ActionCallOutcome {
        Objects.requireNonNull(type, "type == null");
        Objects.requireNonNull(duration, "duration == null");
        if (attempts < 0 || status < 0) {
            throw new IllegalArgumentException("attempts and status must not be negative");
        }
    }

    /** Returns the HTTP status of the final answer, when one arrived. */
    public OptionalInt httpStatus() {
        return status == 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** Returns ActionKit's error code, when the call ended with one. */
    public Optional<String> code() {
        return Optional.ofNullable(errorCode);
    }
}
