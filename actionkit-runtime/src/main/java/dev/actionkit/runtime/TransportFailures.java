package dev.actionkit.runtime;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;

/**
 * Turns the final outcome of a call into its response or into an
 * {@link ActionKitTransportException} whose message says what happened in words: the JDK's own
 * texts vary between versions and are kept as the cause.
 */
final class TransportFailures {

    private TransportFailures() {}

    /**
     * Returns the failure the retry rules should see. The blocking {@code HttpClient.send} wraps
     * a failure of the body handler in a plain {@link IOException}; this unwraps it again.
     */
    static IOException normalize(IOException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof LimitedBodyHandler.BodyTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return failure;
    }

    /** Returns the response of a final outcome, or throws what stopped it. */
    static Transport.Response responseOrThrow(String operation, Transport.Kind kind,
            HttpRequest request, int attempts, Transport.Outcome outcome) {
        if (outcome.response() != null) {
            return outcome.response();
        }
        throw failure(operation, kind, request, attempts, outcome.failure());
    }

    /** Returns the exception for a call that ended with {@code failure} after its attempts. */
    static ActionKitTransportException failure(String operation, Transport.Kind kind,
            HttpRequest request, int attempts, IOException failure) {
        String problem = problem(kind, request, failure) + attemptsSuffix(attempts);
        boolean timeout = failure instanceof HttpTimeoutException;
        return new ActionKitTransportException(operation, problem, timeout, failure);
    }

    private static String problem(Transport.Kind kind, HttpRequest request, IOException failure) {
        String mayHaveRun = kind == Transport.Kind.RUN
                ? "; the action may have run, so it was not retried"
                : "";
        if (failure instanceof Deadline.Expired) {
            return failure.getMessage() + mayHaveRun;
        }
        if (failure instanceof HttpConnectTimeoutException) {
            return "could not connect to " + origin(request.uri()) + " within the connect timeout";
        }
        if (failure instanceof HttpTimeoutException) {
            String limit = request.timeout().map(t -> " within " + t.toMillis() + " ms").orElse("");
            return "no answer" + limit + mayHaveRun;
        }
        if (failure instanceof ConnectException) {
            return "could not connect to " + origin(request.uri());
        }
        if (failure instanceof LimitedBodyHandler.BodyTooLargeException) {
            return failure.getMessage() + " (maxResponseBytes)";
        }
        return "the connection failed (" + describe(failure) + ")" + mayHaveRun;
    }

    private static String attemptsSuffix(int attempts) {
        return attempts > 1 ? " (" + attempts + " attempts)" : "";
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank()
                ? failure.getClass().getSimpleName()
                : failure.getClass().getSimpleName() + ": " + message;
    }

    /** The call was interrupted while it waited. */
    static ActionKitTransportException interrupted(String operation, Throwable cause) {
        return new ActionKitTransportException(operation, "interrupted", false, cause);
    }

    /** A failure that is not I/O: cancellations and runtime exceptions pass through. */
    static RuntimeException unexpected(String operation, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null
                ? error.getCause()
                : error;
        if (cause instanceof CancellationException cancellation) {
            return cancellation;
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        return new ActionKitTransportException(operation,
                "failed unexpectedly (" + describe(cause) + ")", false, cause);
    }
}
