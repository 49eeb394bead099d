package dev.actionkit.runtime;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a whole body into memory, but no more than a limit: past it the subscription is
 * cancelled and the body fails with {@link BodyTooLargeException}, so a runaway response cannot
 * exhaust the heap. The body of an error status (not 2xx) is only ever rendered as a message
 * and kept for inspection: it is read up to {@link ActionKitClient#MAX_ERROR_BODY_BYTES} and cut
 * there, so that rendering and redacting it stay cheap whatever the server sends.
 */
final class LimitedBodyHandler implements HttpResponse.BodyHandler<byte[]> {

    private final long maxBytes;
    private final long maxErrorBytes;
    private final Deadline deadline;

    LimitedBodyHandler(long maxBytes) {
        this(maxBytes, Deadline.NONE);
    }

    private LimitedBodyHandler(long maxBytes, Deadline deadline) {
        this.maxBytes = maxBytes;
        this.maxErrorBytes = Math.min(maxBytes, ActionKitClient.MAX_ERROR_BODY_BYTES);
        this.deadline = deadline;
    }

    /**
     * Returns this handler with bodies that fail with {@link Deadline.Expired} (their
     * subscription cancelled) when {@code deadline} passes before they are read whole.
     */
    LimitedBodyHandler until(Deadline deadline) {
        return new LimitedBodyHandler(maxBytes, deadline);
    }

    @Override
    public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
        if (info.statusCode() < 200 || info.statusCode() > 299) {
            return new Subscriber(maxErrorBytes, -1, true, deadline);
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        return new Subscriber(maxBytes, declared, false, deadline);
    }

    /** The body was larger than the configured limit. */
    static final class BodyTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        BodyTooLargeException(long maxBytes) {
            super("the response body is larger than the limit of " + maxBytes + " bytes");
        }
    }

    /**
     * Keeps the buffers it is handed (the client does not reuse them) and joins them once; past
     * the limit it fails, or, when it {@code cuts}, completes with what fits.
     */
    private static final class Subscriber implements HttpResponse.BodySubscriber<byte[]> {
        private final long maxBytes;
        private final long declaredBytes;
        private final boolean cuts;
        private final Deadline deadline;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final List<ByteBuffer> received = new ArrayList<>();
        private long size;
        private Flow.Subscription subscription;

        Subscriber(long maxBytes, long declaredBytes, boolean cuts, Deadline deadline) {
            this.maxBytes = maxBytes;
            this.declaredBytes = declaredBytes;
            this.cuts = cuts;
            this.deadline = deadline;
        }

        /** Fails the body, its subscription cancelled, when the deadline passes first. */
        private void expireAtDeadline() {
            deadline.onExpiry(result, () -> {
                if (result.completeExceptionally(deadline.expired())) {
                    subscription.cancel();
                }
            });
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            if (declaredBytes > maxBytes) {
                subscription.cancel();
                result.completeExceptionally(new BodyTooLargeException(maxBytes));
                return;
            }
            expireAtDeadline();
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                size += item.remaining();
                if (size > maxBytes && cuts) {
                    item.limit(item.limit() - (int) (size - maxBytes));
                    size = maxBytes;
                    received.add(item);
                    subscription.cancel();
                    onComplete();
                    return;
                }
                if (size > maxBytes) {
                    received.clear();
                    subscription.cancel();
                    result.completeExceptionally(new BodyTooLargeException(maxBytes));
                    return;
                }
                received.add(item);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            if (result.isDone()) {
                return;
            }
            received.clear();
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            if (result.isDone()) {
                return;
            }
            byte[] body = new byte[(int) size];
            int offset = 0;
            for (ByteBuffer buffer : received) {
                int length = buffer.remaining();
                buffer.get(body, offset, length);
                offset += length;
            }
            received.clear();
            result.complete(body);
        }
    }
}
