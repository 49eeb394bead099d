package dev.actionkit.runtime;

/**
 * Sees every call a client makes, runs and listings alike, for metrics, traces or logs: what was
 * called and how it ended. Set it with {@link ActionKitClient.Builder#observer}; a client without
 * one does no observing work at all.
 *
 * <pre>{@code
 * ActionKitClient client = ActionKitClient.builder()
 *         .projectId(projectId)
 *         .observer(call -> outcome -> log.info("{} {} in {}", call.operation(),
 *                 outcome.type(), outcome.duration()))
 *         .build();
 * }</pre>
 *
 * <p>{@link #started} is called on the calling thread just before the first attempt is sent;
 * {@link Call#ended} once, when the call has its final outcome (for an async call, on the thread
 * that completes it). Neither ever sees the token or a parameter value. An exception thrown by an
 * observer is logged ({@code System.Logger} {@code dev.actionkit.runtime}) and does not change
 * the call. A call that fails before anything is sent (parameters that are not JSON) is not seen.
 */
@FunctionalInterface
public interface ActionKitObserver {

    /**
     * A call is about to be sent.
     *
     * @param call what is called
     * @return what to tell when the call ends; must not be null
     */
    Call started(ActionCall call);

    /** One observed call in flight. */
    @FunctionalInterface
    interface Call {

        /** The call has its final outcome. Called exactly once. */
        void ended(ActionCallOutcome outcome);
    }
}
