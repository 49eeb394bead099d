package dev.actionkit.runtime;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends requests through one shared {@link HttpClient} with one retry loop, in a blocking and a
 * non-blocking form that make the same decisions ({@link RetryReason}).
 */
final class Transport {

    /** Whether a request has side effects: runs do, listings do not. */
    enum Kind { RUN, LIST }

    /** A response whose body was read whole. */
    record Response(int status, HttpHeaders headers, byte[] body) {}

    /** What one attempt gave: a response, or the I/O failure that stopped it. */
    record Outcome(Response response, IOException failure) {}

    private final HttpClient http;
    private final RetryPolicy retryPolicy;
    private final Sleeper sleeper;
    private final Clock clock;
    private final LimitedBodyHandler bodyHandler;

    Transport(HttpClient http, RetryPolicy retryPolicy, Sleeper sleeper, Clock clock,
            long maxResponseBytes) {
        this.http = http;
        this.retryPolicy = retryPolicy;
        this.sleeper = sleeper;
        this.clock = clock;
        this.bodyHandler = new LimitedBodyHandler(maxResponseBytes);
    }

    Response send(String operation, Kind kind, HttpRequest request) {
        for (int attempt = 1; ; attempt++) {
            Outcome outcome = attempt(operation, request);
            Optional<Duration> wait = RetryReason.delayAfter(attempt, kind, outcome, retryPolicy, clock);
            if (wait.isEmpty()) {
                return responseOrThrow(operation, outcome);
            }
            try {
                sleeper.sleep(wait.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw interrupted(operation, e);
            }
        }
    }

    private Outcome attempt(String operation, HttpRequest request) {
        try {
            var response = http.send(request, bodyHandler);
            return new Outcome(new Response(response.statusCode(), response.headers(), response.body()), null);
        } catch (IOException e) {
            return new Outcome(null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted(operation, e);
        }
    }

    CompletableFuture<Response> sendAsync(String operation, Kind kind, HttpRequest request) {
        CompletableFuture<Response> result = new CompletableFuture<>();
        AtomicReference<CompletableFuture<?>> inFlight = new AtomicReference<>();
        result.whenComplete((response, failure) -> {
            if (result.isCancelled()) {
                CompletableFuture<?> current = inFlight.get();
                if (current != null) {
                    current.cancel(true);
                }
            }
        });
        attemptAsync(operation, kind, request, 1, result, inFlight);
        return result;
    }

    private void attemptAsync(String operation, Kind kind, HttpRequest request, int attempt,
            CompletableFuture<Response> result, AtomicReference<CompletableFuture<?>> inFlight) {
        if (result.isDone()) {
            return;
        }
        var call = http.sendAsync(request, bodyHandler);
        inFlight.set(call);
        call.whenComplete((response, error) -> {
            Outcome outcome = error == null
                    ? new Outcome(new Response(response.statusCode(), response.headers(), response.body()), null)
                    : new Outcome(null, asIoException(error));
            if (outcome.failure() == null && error != null) {
                result.completeExceptionally(unexpected(operation, error));
                return;
            }
            Optional<Duration> wait = RetryReason.delayAfter(attempt, kind, outcome, retryPolicy, clock);
            if (wait.isEmpty()) {
                try {
                    result.complete(responseOrThrow(operation, outcome));
                } catch (ActionKitException e) {
                    result.completeExceptionally(e);
                }
                return;
            }
            var delayed = CompletableFuture.delayedExecutor(wait.get().toMillis(), TimeUnit.MILLISECONDS);
            CompletableFuture<Void> pause = CompletableFuture.runAsync(
                    () -> attemptAsync(operation, kind, request, attempt + 1, result, inFlight), delayed);
            inFlight.set(pause);
        });
    }

    /** Blocks for an asynchronous call, turning its failure back into the runtime's exceptions. */
    static <T> T await(String operation, CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw interrupted(operation, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw unexpected(operation, e.getCause());
        }
    }

    private static IOException asIoException(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null
                ? error.getCause()
                : error;
        return cause instanceof IOException io ? io : null;
    }

    private static Response responseOrThrow(String operation, Outcome outcome) {
        if (outcome.response() != null) {
            return outcome.response();
        }
        IOException failure = outcome.failure();
        if (failure instanceof HttpTimeoutException) {
            return throwTransport(operation, "timed out (" + failure.getMessage() + ")", true, failure);
        }
        if (failure instanceof ConnectException) {
            return throwTransport(operation, "could not connect (" + describe(failure) + ")", false, failure);
        }
        if (failure instanceof LimitedBodyHandler.BodyTooLargeException) {
            return throwTransport(operation, failure.getMessage(), false, failure);
        }
        return throwTransport(operation, "the connection failed (" + describe(failure) + ")", false, failure);
    }

    private static Response throwTransport(String operation, String problem, boolean timeout,
            Throwable cause) {
        throw new ActionKitTransportException(operation, problem, timeout, cause);
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank()
                ? failure.getClass().getSimpleName()
                : failure.getClass().getSimpleName() + ": " + message;
    }

    private static ActionKitTransportException interrupted(String operation, Throwable cause) {
        return new ActionKitTransportException(operation, "interrupted", false, cause);
    }

    private static RuntimeException unexpected(String operation, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null
                ? error.getCause()
                : error;
        if (cause instanceof CancellationException cancellation) {
            return cancellation;
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        return new ActionKitTransportException(operation, "failed unexpectedly (" + describe(cause) + ")",
                false, cause);
    }
}
