package dev.actionkit.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * <p>Run: {@code java -cp actionkit-benchmarks/target/benchmarks.jar
 * dev.actionkit.benchmarks.CompileHarness target/bench/ours-1000/out 3}
 */
public final class CompileHarness {

    private CompileHarness() {}

    /** {@code <source directory> <runs>}: prints the median and the lines compiled. */
    public static void main(String[] args) throws Exception {
        Path sources = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Path> files = SourceStats.javaFiles(sources);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<Long> millis = new ArrayList<>();
        List<Long> cpuMillis = new ArrayList<>();
        List<Long> processCpuMillis = new ArrayList<>();
        var process = (com.sun.management.OperatingSystemMXBean)
                ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int run = 0; run < runs; run++) {
            Path classes = sources.resolveSibling("classes-" + run);
            SourceStats.delete(classes);
            java.nio.file.Files.createDirectories(classes);
            List<String> arguments = new ArrayList<>(List.of("-proc:none", "-nowarn", "-encoding",
                    "UTF-8", "--release", "17", "-cp", System.getProperty("java.class.path"),
                    "-d", classes.toString()));
            files.forEach(file -> arguments.add(file.toString()));
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long processStart = process.getProcessCpuTime();
            int status = javac.run(null, null, System.err, arguments.toArray(String[]::new));
            cpuMillis.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000);
            processCpuMillis.add((process.getProcessCpuTime() - processStart) / 1_000_000);
            millis.add((System.nanoTime() - start) / 1_000_000);
            if (status != 0) {
                throw new IllegalStateException("javac failed on " + sources);
            }
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
}
