package dev.actionkit.runtime;

/**
 * No usable answer arrived from ActionKit: the connection was refused or reset, the request
 * timed out, the call was interrupted, or the body was larger than the configured limit. The
 * message names what was attempted and what happened; it never contains the token.
 */
public final class ActionKitTransportException extends ActionKitException {

    private static final long serialVersionUID = 1L;

    private final String operation;
    private final boolean timeout;

    ActionKitTransportException(
            String operation, String problem, boolean timeout, Throwable cause) {
        super(operation + " failed: " + problem, cause);
        this.operation = operation;
        this.timeout = timeout;
    }

    /** Returns what failed: the action name for a run, {@code GET /actions} for a listing. */
    public String operation() {
        return operation;
    }

    /** Returns true when the connect, request or call timeout elapsed. */
    public boolean isTimeout() {
        return timeout;
    }

    /** Returns true when the answer's body was larger than {@code maxResponseBytes}. */
    public boolean isBodyTooLarge() {
        return getCause() instanceof LimitedBodyHandler.BodyTooLargeException;
    }
}
