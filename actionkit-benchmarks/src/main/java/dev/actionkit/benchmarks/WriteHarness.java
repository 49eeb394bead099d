package dev.actionkit.benchmarks;

import dev.actionkit.codegen.emit.SourceFile;
import dev.actionkit.codegen.write.GenerationStamp;
import dev.actionkit.codegen.write.OutputWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Times the write step alone: the {@code .java} files of an earlier generation, read into
 * memory, written by {@code OutputWriter} into an empty directory, as a full generation does.
 * Reports wall and process CPU time (which includes the kernel's file system work, time a
 * sampling profiler of Java frames does not see).
 *
 * <p>Run: {@code java -cp actionkit-benchmarks/target/benchmarks.jar
 * dev.actionkit.benchmarks.WriteHarness target/bench/ours-10000/out 5 target/bench/write}.
 * It uses public API only, so it also runs as a source file against an older jar.
 */
public final class WriteHarness {

    private WriteHarness() {}

    /** {@code <generated sources directory> <runs> <work directory>}. */
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: WriteHarness <sources dir> <runs> <work dir>");
            System.exit(2);
        }
        Path sources = Path.of(args[0]);
        List<SourceFile> files = read(sources);
        var process = (com.sun.management.OperatingSystemMXBean)
                ManagementFactory.getOperatingSystemMXBean();
        List<Long> millis = new ArrayList<>();
        List<Long> cpuMillis = new ArrayList<>();
        Path output = Path.of(args[2]).resolve("out");
        for (int run = 0; run < 1 + Integer.parseInt(args[1]); run++) {
            delete(output);
            long start = System.nanoTime();
            long cpuStart = process.getProcessCpuTime();
            OutputWriter.write(output, files, new GenerationStamp("write-harness", 1, 1));
            if (run > 0) {
                millis.add((System.nanoTime() - start) / 1_000_000);
                cpuMillis.add((process.getProcessCpuTime() - cpuStart) / 1_000_000);
            }
        }
        Collections.sort(millis);
        Collections.sort(cpuMillis);
        System.out.printf(Locale.ROOT, "files=%d runs=%d median_ms=%d cpu_median_ms=%d "
                        + "cpu_min_ms=%d%n", files.size(), millis.size(),
                millis.get(millis.size() / 2), cpuMillis.get(cpuMillis.size() / 2),
                cpuMillis.get(0));
    }

    private static List<SourceFile> read(Path root) throws Exception {
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                files.add(new SourceFile(root.relativize(file).toString().replace('\\', '/'),
                        Files.readAllBytes(file)));
            }
        }
        return files;
    }

    private static void delete(Path directory) throws Exception {
        if (Files.exists(directory)) {
            try (Stream<Path> walk = Files.walk(directory)) {
                for (Path file : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
