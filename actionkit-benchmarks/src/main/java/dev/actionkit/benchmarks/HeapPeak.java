package dev.actionkit.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the used heap every few milliseconds while a piece of work runs and keeps the largest
 * value seen: the peak heap a build would need, garbage included.
 */
final class HeapPeak implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread sampler;

    private HeapPeak() {
        sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-peak-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Collects garbage, then starts sampling. */
    static HeapPeak start() {
        System.gc();
        return new HeapPeak();
    }

    /** Returns the largest used heap seen so far, in MiB. */
    long peakMiB() {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        return peak.get() / (1024 * 1024);
    }

    @Override
    public void close() {
        running.set(false);
        sampler.interrupt();
    }
}
