package dev.actionkit.runtime;

import java.time.Duration;

/** Waits between attempts. Injectable so that tests observe waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    /** The real sleeper: {@link Thread#sleep(long)}. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    /** Waits for {@code duration}; honours interrupts. */
    void sleep(Duration duration) throws InterruptedException;
}
