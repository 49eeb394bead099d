package dev.actionkit.runtime;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one timer that cuts bodies short at a call's {@link Deadline}: a daemon thread, started on
 * first use and shared by every client, whose cancelled tasks leave its queue at once, so calls
 * that end in time (nearly all) leave nothing behind.
 */
final class DeadlineTimer {

    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private DeadlineTimer() {}

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "actionkit-deadline");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    /** Runs {@code task} once {@code nanos} have passed; cancel the result when it is moot. */
    static ScheduledFuture<?> after(long nanos, Runnable task) {
        return TIMER.schedule(task, nanos, TimeUnit.NANOSECONDS);
    }
}
