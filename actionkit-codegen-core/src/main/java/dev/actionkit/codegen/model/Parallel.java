package dev.actionkit.codegen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Maps a list on a bounded pool, results in input order: parallel, yet deterministic. */
public final class Parallel {

    private Parallel() {}

    /**
     * Applies {@code function} to every item on {@code pool}; results keep the input order.
     * An unchecked exception of an item is rethrown as is.
     */
    public static <T, R> List<R> map(List<T> items, Function<T, R> function, ExecutorService pool) {
        List<Future<R>> futures = new ArrayList<>(items.size());
        for (T item : items) {
            futures.add(pool.submit(() -> function.apply(item)));
        }
        List<R> results = new ArrayList<>(items.size());
        for (Future<R> future : futures) {
            results.add(join(future));
        }
        return results;
    }

    private static <R> R join(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
