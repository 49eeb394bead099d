package dev.actionkit.runtime;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sleeper that records each wait instead of waiting. */
final class RecordingSleeper implements Sleeper {

    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
        waits.add(duration);
    }

    /** Returns the waits asked for so far, in order. */
    List<Duration> waits() {
        return List.copyOf(waits);
    }
}
