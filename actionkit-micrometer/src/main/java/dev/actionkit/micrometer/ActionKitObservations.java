package dev.actionkit.micrometer;

import dev.actionkit.runtime.ActionCall;
import dev.actionkit.runtime.ActionKitObserver;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;

/**
 * Makes every run and listing of an ActionKit client a Micrometer observation named
 * {@code actionkit.action}: with a meter handler, a timer per action, integration, outcome and
 * status; with Micrometer Tracing, a span that is a child of the observation current when the
 * call starts. The keys are those of {@link DefaultActionKitObservationConvention}.
 *
 * <pre>{@code
 * ActionKitClient client = ActionKitClient.builder()
 *         .projectId(projectId)
 *         .observer(new ActionKitObservations(observationRegistry))
 *         .actions(Actions.descriptors())     // so that the integration key is known
 *         .build();
 * }</pre>
 */
public final class ActionKitObservations implements ActionKitObserver {

    private static final ActionKitObservationConvention DEFAULT =
            new DefaultActionKitObservationConvention();

    private final ObservationRegistry registry;
    private final ActionKitObservationConvention convention;

    /** Observes into {@code registry} with the default convention. */
    public ActionKitObservations(ObservationRegistry registry) {
        this(registry, null);
    }

    /**
     * Observes into {@code registry}; {@code convention}, when not null, replaces the default
     * one (unless the registry's own configuration overrides both).
     */
    public ActionKitObservations(ObservationRegistry registry,
            ActionKitObservationConvention convention) {
        this.registry = Objects.requireNonNull(registry, "registry == null");
        this.convention = convention;
    }

    @Override
    public Call started(ActionCall call) {
        ActionKitObservationContext context = new ActionKitObservationContext(call);
        Observation observation = Observation
                .createNotStarted(convention, DEFAULT, () -> context, registry)
                .start();
        return outcome -> {
            context.ended(outcome);
            observation.stop();
        };
    }

    @Override
    public String toString() {
        return "ActionKitObservations{" + DefaultActionKitObservationConvention.NAME + "}";
    }
}
