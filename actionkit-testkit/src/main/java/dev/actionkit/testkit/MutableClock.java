package dev.actionkit.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that tests move by hand, so expiry is tested without sleeping. UTC only. */
public final class MutableClock extends Clock {

    private volatile Instant now;

    /** Returns a clock at 2026-12-07T12:00:00Z. */
    public MutableClock() {
        this(Instant.parse("2026-12-07T12:00:00Z"));
    }

    /** Returns a clock at {@code now}. */
    public MutableClock(Instant now) {
        this.now = now;
    }

    /** Moves the clock forward by {@code duration}. */
    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** Refuses: one zone is enough for tests. */
    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("one zone is enough for these tests");
    }
}
