package dev.actionkit.maven.build;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the used heap every millisecond from a daemon thread, from a baseline taken after a
 * garbage collection: the peak growth while something runs. Garbage not yet collected counts
 * too, so the figure is an upper bound of what the run kept.
 */
final class HeapSampler implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final long baseline;
    private final Thread thread;
    private volatile boolean running = true;

    private HeapSampler() {
        System.gc();
        baseline = used();
        peak.set(baseline);
        thread = new Thread(this::sample, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Collects garbage, takes the baseline and starts sampling. */
    static HeapSampler start() {
        return new HeapSampler();
    }

    /** Returns the largest growth of the used heap over the baseline seen so far, in bytes. */
    long peakGrowth() {
        return Math.max(0, peak.get() - baseline);
    }

    /** Stops sampling. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }

    private void sample() {
        while (running) {
            peak.accumulateAndGet(used(), Math::max);
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private long used() {
        return memory.getHeapMemoryUsage().getUsed();
    }
}
