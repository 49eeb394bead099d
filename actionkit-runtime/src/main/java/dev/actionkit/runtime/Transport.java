package dev.actionkit.runtime;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Sends requests through one shared {@link HttpClient} with one retry loop, in a blocking and a
 * non-blocking form that make the same decisions ({@link RetryReason}) within the same
 * {@link Deadline}.
 */
final class Transport {

    /** Whether a request has side effects: runs do, listings do not. */
    enum Kind { RUN, LIST }

    /** A response whose body was read whole. */
    record Response(int status, HttpHeaders headers, byte[] body) {

        static Response of(HttpResponse<byte[]> response) {
            return new Response(response.statusCode(), response.headers(), response.body());
        }
    }

    /** What one attempt gave: a response, or the I/O failure that stopped it. */
    record Outcome(Response response, IOException failure) {}

    private final HttpClient http;
    private final RetryPolicy retryPolicy;
    private final Sleeper sleeper;
    private final Clock clock;
    private final LimitedBodyHandler bodyHandler;
    private final Duration callTimeout;

    /** {@code callTimeout} bounds each call in all; null means no bound beyond the attempts'. */
    Transport(HttpClient http, RetryPolicy retryPolicy, Sleeper sleeper, Clock clock,
            long maxResponseBytes, Duration callTimeout) {
        this.http = http;
        this.retryPolicy = retryPolicy;
        this.sleeper = sleeper;
        this.clock = clock;
        this.bodyHandler = new LimitedBodyHandler(maxResponseBytes);
        this.callTimeout = callTimeout;
    }

    /** Returns the bound on one whole call; empty when there is none. */
    Optional<Duration> callTimeout() {
        return Optional.ofNullable(callTimeout);
    }

    /**
     * Sends {@code request}, retrying as the policy allows, and blocks for the final outcome;
     * {@code observed} is told of each attempt.
     */
    Response send(String operation, Kind kind, HttpRequest request, ObservedCall observed) {
        Deadline deadline = Deadline.after(callTimeout);
        for (int attempt = 1; ; attempt++) {
            observed.attempt(attempt);
            Outcome outcome = deadline.isNone()
                    ? attempt(operation, request)
                    : attempt(operation, request, deadline);
            Optional<Duration> wait = RetryReason
                    .delayAfter(attempt, kind, outcome, retryPolicy, clock)
                    .filter(deadline::allows);
            if (wait.isEmpty()) {
                return TransportFailures.responseOrThrow(
                        operation, kind, request, attempt, outcome);
            }
            try {
                sleeper.sleep(wait.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw TransportFailures.interrupted(operation, e);
            }
        }
    }

    private Outcome attempt(String operation, HttpRequest request) {
        try {
            return new Outcome(Response.of(http.send(request, bodyHandler)), null);
        } catch (IOException e) {
            return new Outcome(null, TransportFailures.normalize(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw TransportFailures.interrupted(operation, e);
        }
    }

    /**
     * One attempt that ends by the deadline, body included: the request timeout of the JDK
     * client stops counting once the status and headers arrive, so a body that stalls would
     * otherwise be waited for as long as the server keeps the connection open.
     */
    private Outcome attempt(String operation, HttpRequest request, Deadline deadline) {
        long remaining = deadline.remainingNanos();
        if (remaining <= 0) {
            return new Outcome(null, deadline.expired());
        }
        if (connectEndsWithin(remaining)) {
            return attemptOnThisThread(operation, request, deadline, remaining);
        }
        CompletableFuture<HttpResponse<byte[]>> call = http.sendAsync(request, bodyHandler);
        try {
            HttpResponse<byte[]> response =
                    call.get(deadline.remainingNanos(), TimeUnit.NANOSECONDS);
            return new Outcome(Response.of(response), null);
        } catch (TimeoutException e) {
            call.cancel(true);
            return new Outcome(null, deadline.expired());
        } catch (ExecutionException e) {
            return failed(operation, e.getCause());
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw TransportFailures.interrupted(operation, e);
        }
    }

    /** Whether the client's connect timeout, if any, ends before {@code nanos} have passed. */
    private boolean connectEndsWithin(long nanos) {
        return http.connectTimeout().map(timeout -> timeout.toNanos() < nanos).orElse(false);
    }

    /**
     * One attempt that ends by the deadline, sent on the calling thread: connecting ends within
     * it (the caller checked the connect timeout), waiting for the headers ends within it (the
     * request's timeout, shortened to the time left where that is shorter), and so does reading
     * the body ({@link LimitedBodyHandler#until}). The JDK completes an asynchronous send on
     * another thread; this form spares every call that hop.
     */
    private Outcome attemptOnThisThread(String operation, HttpRequest request,
            Deadline deadline, long remaining) {
        boolean cutByDeadline = request.timeout()
                .map(timeout -> timeout.toNanos() > remaining).orElse(true);
        HttpRequest bounded = cutByDeadline
                ? HttpRequest.newBuilder(request, (name, value) -> true)
                        .timeout(Duration.ofNanos(remaining)).build()
                : request;
        try {
            return new Outcome(Response.of(http.send(bounded, bodyHandler.until(deadline))),
                    null);
        } catch (HttpConnectTimeoutException e) {
            return new Outcome(null, TransportFailures.normalize(e));
        } catch (HttpTimeoutException e) {
            return new Outcome(null, cutByDeadline || deadline.remainingNanos() <= 0
                    ? deadline.expired()
                    : TransportFailures.normalize(e));
        } catch (IOException e) {
            return new Outcome(null, deadline.remainingNanos() <= 0
                    ? deadline.expired()
                    : TransportFailures.normalize(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw TransportFailures.interrupted(operation, e);
        }
    }

    /** The outcome of an attempt that completed with {@code error}; anything but I/O is thrown. */
    private static Outcome failed(String operation, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null
                ? error.getCause()
                : error;
        if (cause instanceof IOException io) {
            return new Outcome(null, TransportFailures.normalize(io));
        }
        throw TransportFailures.unexpected(operation, cause);
    }

    /**
     * Sends {@code request} without blocking and completes the returned future with
     * {@code finish} applied to the final response. Cancelling the returned future cancels the
     * request in flight and stops any further attempt. {@code observed} is told of each attempt.
     */
    <T> CompletableFuture<T> sendAsync(String operation, Kind kind, HttpRequest request,
            Function<Response, T> finish, ObservedCall observed) {
        AsyncCall<T> call = new AsyncCall<>(operation, kind, request, finish, observed);
        call.attempt(1);
        return call.result;
    }

    /** One asynchronous call: its attempts, the step in flight, and the future it completes. */
    private final class AsyncCall<T> {
        private final String operation;
        private final Kind kind;
        private final HttpRequest request;
        private final Function<Response, T> finish;
        private final ObservedCall observed;
        private final CompletableFuture<T> result = new CompletableFuture<>();
        private final AtomicReference<CompletableFuture<?>> inFlight = new AtomicReference<>();
        private final Deadline deadline = Deadline.after(callTimeout);
        private volatile int attempts;

        AsyncCall(String operation, Kind kind, HttpRequest request, Function<Response, T> finish,
                ObservedCall observed) {
            this.operation = operation;
            this.kind = kind;
            this.request = request;
            this.finish = finish;
            this.observed = observed;
            result.whenComplete((value, failure) -> cancelInFlight());
            deadline.onExpiry(result, () -> result.completeExceptionally(
                    TransportFailures.failure(operation, kind, request, Math.max(1, attempts),
                            deadline.expired())));
        }

        void attempt(int attempt) {
            if (result.isDone()) {
                return;
            }
            attempts = attempt;
            observed.attempt(attempt);
            try {
                CompletableFuture<HttpResponse<byte[]>> call = http.sendAsync(request, bodyHandler);
                track(call);
                call.whenComplete((response, error) -> completed(attempt, response, error));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }

        private void completed(int attempt, HttpResponse<byte[]> response, Throwable error) {
            if (result.isDone()) {
                return;
            }
            try {
                Outcome outcome = error == null
                        ? new Outcome(Response.of(response), null)
                        : failed(operation, error);
                Optional<Duration> wait = RetryReason
                        .delayAfter(attempt, kind, outcome, retryPolicy, clock)
                        .filter(deadline::allows);
                if (wait.isPresent()) {
                    CompletableFuture<Void> pause = pause(wait.get());
                    track(pause);
                    pause.whenComplete((ignored, failure) -> paused(attempt, failure));
                } else {
                    result.complete(finish.apply(TransportFailures.responseOrThrow(
                            operation, kind, request, attempt, outcome)));
                }
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }

        private CompletableFuture<Void> pause(Duration wait) {
            if (sleeper == Sleeper.SYSTEM) {
                Executor later = CompletableFuture.delayedExecutor(
                        wait.toMillis(), TimeUnit.MILLISECONDS);
                return CompletableFuture.runAsync(() -> { }, later);
            }
            return CompletableFuture.runAsync(() -> {
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw TransportFailures.interrupted(operation, e);
                }
            });
        }

        private void paused(int attempt, Throwable failure) {
            if (failure == null) {
                attempt(attempt + 1);
            } else if (!result.isDone()) {
                result.completeExceptionally(failure instanceof CompletionException
                        && failure.getCause() != null ? failure.getCause() : failure);
            }
        }

        /** Remembers the step in flight, so that cancelling the call cancels it too. */
        private void track(CompletableFuture<?> step) {
            inFlight.set(step);
            if (result.isDone()) {
                step.cancel(true);
            }
        }

        /** Cancels the step in flight of a call cancelled by its caller or by its deadline. */
        private void cancelInFlight() {
            CompletableFuture<?> step = inFlight.get();
            if (step != null && !step.isDone()) {
                step.cancel(true);
            }
        }
    }
}
