package dev.actionkit.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Times {@code javac} over a directory of generated sources, the cost every build of a user's
 * project pays, with the runtime and Jackson on the class path (this jar carries both). Prints
 * wall time, the compiling thread's CPU time and the whole process's CPU time (javac plus the
 * JIT and the garbage collector): on a loaded machine the CPU times are the figures that compare
 * two outputs. The first run's CPU time is javac in a cold JVM, as a command-line Maven build
 * runs it; the minimum over several runs is javac's work once the JIT has warmed up.
 *
 * <p>Given two directories, it compiles them in turn in the same JVM (A B, then B A, and so on),
 * so both meet the same warmed-up javac and the same machine at the same minutes, and prints the
 * ratio B/A of each pair and their median: the steadiest in-JVM comparison of two outputs on a
 * noisy machine. The first pair is javac warming up and is left out of the median.
 *
 * <p>Run: {@code java -cp actionkit-benchmarks/target/benchmarks.jar
 * dev.actionkit.benchmarks.CompileHarness target/bench/ours-1000/out 3}, or paired:
 * {@code ... CompileHarness target/bench/baseline-1180/out target/bench/ours-1180/out 8}
 */
public final class CompileHarness {

    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private CompileHarness() {}

    /** One compile: wall, compiling thread's CPU and process CPU time, in milliseconds. */
    private record Timing(long wallMillis, long cpuMillis, long processCpuMillis) {}

    /**
     * {@code <source directory> [runs]}: prints the medians and the lines compiled; or
     * {@code <directory A> <directory B> <pairs>}: prints the median ratio B/A of the pairs.
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 3) {
            paired(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]));
            return;
        }
        Path sources = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Path> files = SourceStats.javaFiles(sources);
        List<Long> millis = new ArrayList<>();
        List<Long> cpuMillis = new ArrayList<>();
        List<Long> processCpuMillis = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Timing timing = compile(sources, files, run);
            millis.add(timing.wallMillis());
            cpuMillis.add(timing.cpuMillis());
            processCpuMillis.add(timing.processCpuMillis());
        }
        List<Long> cpuInOrder = List.copyOf(cpuMillis);
        millis.sort(null);
        cpuMillis.sort(null);
        processCpuMillis.sort(null);
        System.out.printf(Locale.ROOT, "sources=%s files=%d lines=%d javac_median_ms=%d "
                + "javac_cpu_median_ms=%d process_cpu_median_ms=%d javac_cpu_first_ms=%d "
                + "javac_cpu_min_ms=%d%n", sources, files.size(),
                SourceStats.lines(files), millis.get(millis.size() / 2),
                cpuMillis.get(cpuMillis.size() / 2),
                processCpuMillis.get(processCpuMillis.size() / 2), cpuInOrder.get(0),
                cpuMillis.get(0));
    }

    private static void paired(Path a, Path b, int pairs) throws Exception {
        List<Path> filesA = SourceStats.javaFiles(a);
        List<Path> filesB = SourceStats.javaFiles(b);
        List<Double> wallRatios = new ArrayList<>();
        List<Double> cpuRatios = new ArrayList<>();
        for (int pair = 0; pair < pairs; pair++) {
            boolean aFirst = pair % 2 == 0;
            Timing first = aFirst ? compile(a, filesA, pair) : compile(b, filesB, pair);
            Timing second = aFirst ? compile(b, filesB, pair) : compile(a, filesA, pair);
            Timing timingA = aFirst ? first : second;
            Timing timingB = aFirst ? second : first;
            double wall = (double) timingB.wallMillis() / timingA.wallMillis();
            double cpu = (double) timingB.cpuMillis() / timingA.cpuMillis();
            System.out.printf(Locale.ROOT, "pair=%d order=%s a_ms=%d b_ms=%d a_cpu_ms=%d "
                    + "b_cpu_ms=%d ratio=%.2f cpu_ratio=%.2f%n", pair + 1, aFirst ? "AB" : "BA",
                    timingA.wallMillis(), timingB.wallMillis(), timingA.cpuMillis(),
                    timingB.cpuMillis(), wall, cpu);
            if (pair > 0) {
                wallRatios.add(wall);
                cpuRatios.add(cpu);
            }
        }
        System.out.printf(Locale.ROOT, "a=%s b=%s pairs=%d median_ratio=%.2f "
                + "median_cpu_ratio=%.2f (b/a, first pair left out)%n", a, b, pairs,
                median(wallRatios), median(cpuRatios));
    }

    private static Timing compile(Path sources, List<Path> files, int run) throws Exception {
        Path classes = sources.resolveSibling("classes-" + run);
        SourceStats.delete(classes);
        Files.createDirectories(classes);
        List<String> arguments = new ArrayList<>(List.of("-proc:none", "-nowarn", "-encoding",
                "UTF-8", "--release", "17", "-cp", System.getProperty("java.class.path"),
                "-d", classes.toString()));
        files.forEach(file -> arguments.add(file.toString()));
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long processStart = PROCESS.getProcessCpuTime();
        int status = JAVAC.run(null, null, System.err, arguments.toArray(String[]::new));
        Timing timing = new Timing((System.nanoTime() - start) / 1_000_000,
                (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000,
                (PROCESS.getProcessCpuTime() - processStart) / 1_000_000);
        if (status != 0) {
            throw new IllegalStateException("javac failed on " + sources);
        }
        return timing;
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
