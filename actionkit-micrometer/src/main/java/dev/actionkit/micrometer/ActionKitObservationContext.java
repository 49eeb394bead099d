package dev.actionkit.micrometer;

import dev.actionkit.runtime.ActionCall;
import dev.actionkit.runtime.ActionCallOutcome;
import io.micrometer.observation.Observation;
import java.util.Objects;
import java.util.Optional;

/**
 * The context of one {@code actionkit.action} observation: the call, and its outcome once it has
 * ended. Holds names and numbers only, never a token or a parameter value.
 */
public final class ActionKitObservationContext extends Observation.Context {

    private final ActionCall call;
    private volatile ActionCallOutcome outcome;

    /** Returns the context of {@code call}, without an outcome yet. */
    public ActionKitObservationContext(ActionCall call) {
        this.call = Objects.requireNonNull(call, "call == null");
    }

    /** Returns what is called. */
    public ActionCall call() {
        return call;
    }

    /** Returns how the call ended; empty while it is in flight. */
    public Optional<ActionCallOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    void ended(ActionCallOutcome outcome) {
        this.outcome = outcome;
    }
}
