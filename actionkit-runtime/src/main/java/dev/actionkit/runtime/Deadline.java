package dev.actionkit.runtime;

import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * When one call must be over, from {@link ActionKitClient.Builder#callTimeout}: attempts, their
 * bodies and the waits between them included. {@link #NONE} never ends.
 */
final class Deadline {

    /** No deadline: the call takes as long as its attempts and waits take. */
    static final Deadline NONE = new Deadline(null, 0);

    private final Duration timeout;
    private final long endNanos;

    private Deadline(Duration timeout, long endNanos) {
        this.timeout = timeout;
        this.endNanos = endNanos;
    }

    /** Returns the deadline of a call that starts now, or {@link #NONE} for a null timeout. */
    static Deadline after(Duration timeout) {
        return timeout == null
                ? NONE
                : new Deadline(timeout, System.nanoTime() + timeout.toNanos());
    }

    /** Returns true when there is no deadline. */
    boolean isNone() {
        return timeout == null;
    }

    /** Returns the time left, zero or negative once it has passed. */
    long remainingNanos() {
        return isNone() ? Long.MAX_VALUE : endNanos - System.nanoTime();
    }

    /** Returns true when a wait of {@code wait} starting now ends before the deadline. */
    boolean allows(Duration wait) {
        return isNone() || wait.toNanos() < remainingNanos();
    }

    /**
     * Runs {@code action} when this deadline passes before {@code done} completes, off the
     * timer's thread (the JDK's shared delay scheduler, as {@code completeOnTimeout} uses); the
     * timer's task is dropped as soon as {@code done} completes, so a finished call is not kept
     * in memory until the deadline, and costs it no thread hop. Does nothing for {@link #NONE}.
     */
    void onExpiry(CompletableFuture<?> done, Runnable action) {
        if (isNone()) {
            return;
        }
        CompletableFuture<Boolean> timer = new CompletableFuture<Boolean>()
                .completeOnTimeout(true, remainingNanos(), TimeUnit.NANOSECONDS);
        timer.thenAccept(expired -> {
            if (expired) {
                CompletableFuture.runAsync(action);
            }
        });
        done.whenComplete((value, failure) -> timer.complete(false));
    }

    /** Returns the failure of an attempt that the deadline cut short. */
    Expired expired() {
        return new Expired(timeout);
    }

    /** The call took longer than its {@code callTimeout}: final, never retried. */
    static final class Expired extends HttpTimeoutException {
        private static final long serialVersionUID = 1L;

        Expired(Duration timeout) {
            super("no complete answer within " + timeout.toMillis() + " ms (callTimeout)");
        }
    }
}
