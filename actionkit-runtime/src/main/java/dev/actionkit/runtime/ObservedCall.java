package dev.actionkit.runtime;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;

/**
 * One call as its {@link ActionKitObserver} sees it: counts its attempts and reports its outcome
 * once. {@link #NONE} stands for a client without an observer and does nothing.
 */
class ObservedCall {

    /** The call of a client without an observer: every method does nothing. */
    static final ObservedCall NONE = new ObservedCall(null) {
        @Override
        void attempt(int attempt) {}

        @Override
        void ended(ActionCallOutcome.Type type, int status, String code) {}
    };

    private static final System.Logger LOG = System.getLogger("dev.actionkit.runtime");

    private final ActionKitObserver.Call call;
    private final long startNanos = System.nanoTime();
    private volatile int attempts;

    private ObservedCall(ActionKitObserver.Call call) {
        this.call = call;
    }

    /** Starts observing a call; {@link #NONE} when {@code observer} is null or fails. */
    static ObservedCall start(ActionKitObserver observer, Map<String, String> integrations,
            String operation, ActionCall.Kind kind) {
        if (observer == null) {
            return NONE;
        }
        ActionCall started = new ActionCall(operation, kind, integrations.get(operation));
        try {
            ActionKitObserver.Call call = observer.started(started);
            return call == null ? NONE : new ObservedCall(call);
        } catch (RuntimeException e) {
            warn("started", e);
            return NONE;
        }
    }

    /** Attempt number {@code attempt} is about to be sent. */
    void attempt(int attempt) {
        attempts = attempt;
    }

    /** The call returned an answer with this 2xx status. */
    final void succeeded(int status) {
        ended(ActionCallOutcome.Type.SUCCESS, status, null);
    }

    /** The call ended with {@code failure}; a {@link CompletionException} is looked through. */
    final void failed(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause()
                : failure;
        if (cause instanceof ActionKitApiException api) {
            ended(ActionCallOutcome.Type.API_ERROR, api.status(), api.code().orElse(null));
        } else if (cause instanceof ActionKitTransportException transport) {
            ended(transport.isTimeout()
                    ? ActionCallOutcome.Type.TIMEOUT
                    : ActionCallOutcome.Type.TRANSPORT_ERROR, 0, null);
        } else if (cause instanceof CancellationException) {
            ended(ActionCallOutcome.Type.CANCELLED, 0, null);
        } else {
            ended(ActionCallOutcome.Type.ERROR, 0, null);
        }
    }

    void ended(ActionCallOutcome.Type type, int status, String code) {
        Duration duration = Duration.ofNanos(System.nanoTime() - startNanos);
        try {
            call.ended(new ActionCallOutcome(type, attempts, duration, status, code));
        } catch (RuntimeException e) {
            warn("ended", e);
        }
    }

    private static void warn(String method, RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, "an ActionKitObserver failed in " + method
                + " (" + e.getClass().getName() + "); the call is not affected", e);
    }
}
