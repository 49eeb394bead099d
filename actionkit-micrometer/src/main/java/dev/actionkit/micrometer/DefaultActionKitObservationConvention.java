package dev.actionkit.micrometer;

import dev.actionkit.runtime.ActionCallOutcome;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import java.util.Locale;

/**
 * The default names and tags of ActionKit observations: the name {@value #NAME}; the
 * low-cardinality keys {@code action} (the action name, {@code GET /actions} for listings),
 * {@code integration} (the integration key, {@value #UNKNOWN} when the client does not know it),
 * {@code outcome} ({@code success}, {@code api_error}, {@code timeout},
 * {@code transport_error}, {@code cancelled}, {@code error}) and {@code status} (the HTTP
 * status, {@value #NONE} when no answer arrived); the high-cardinality keys {@code attempts}
 * and {@code code} (ActionKit's error code, {@value #NONE} without one), which reach spans but
 * not metrics. No key holds a user id, token or parameter value.
 */
public class DefaultActionKitObservationConvention implements ActionKitObservationConvention {

    /** The observation name, and so the timer's: {@code actionkit.action}. */
    public static final String NAME = "actionkit.action";

    /** The value of a key whose fact is not known. */
    public static final String UNKNOWN = "unknown";

    /** The value of a key whose fact does not exist for this call. */
    public static final String NONE = "none";

    @Override
    public String getName() {
        return NAME;
    }

    /** Returns the operation: the action name, or {@code GET /actions}. */
    @Override
    public String getContextualName(ActionKitObservationContext context) {
        return context.call().operation();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(ActionKitObservationContext context) {
        ActionCallOutcome outcome = context.outcome().orElse(null);
        return KeyValues.of(
                KeyValue.of("action", context.call().operation()),
                KeyValue.of("integration", context.call().integrationKey().orElse(UNKNOWN)),
                KeyValue.of("outcome", outcome == null
                        ? UNKNOWN
                        : outcome.type().name().toLowerCase(Locale.ROOT)),
                KeyValue.of("status", outcome == null || outcome.status() == 0
                        ? NONE
                        : Integer.toString(outcome.status())));
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(ActionKitObservationContext context) {
        ActionCallOutcome outcome = context.outcome().orElse(null);
        return KeyValues.of(
                KeyValue.of("attempts",
                        outcome == null ? NONE : Integer.toString(outcome.attempts())),
                KeyValue.of("code", outcome == null ? NONE : outcome.code().orElse(NONE)));
    }
}
