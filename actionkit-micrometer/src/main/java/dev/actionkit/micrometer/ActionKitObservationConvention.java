package dev.actionkit.micrometer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags {@code actionkit.action} observations. Implement it (or extend
 * {@link DefaultActionKitObservationConvention}) to change them, and pass it to
 * {@link ActionKitObservations}.
 */
public interface ActionKitObservationConvention
        extends ObservationConvention<ActionKitObservationContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof ActionKitObservationContext;
    }
}
