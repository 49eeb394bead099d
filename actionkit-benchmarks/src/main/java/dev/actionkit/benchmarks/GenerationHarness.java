package dev.actionkit.benchmarks;

import dev.actionkit.codegen.CodeGenerator;
import dev.actionkit.codegen.GenerationRequest;
import dev.actionkit.runtime.catalog.ActionCatalog;
import dev.actionkit.runtime.catalog.CatalogJson;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Times code generation in process, in a warm JVM, for ours and for plain jsonschema2pojo over
 * the same parameter schemas, and reports wall time, the process's CPU time (all threads: on a
 * loaded machine the figure that compares the two tools), peak heap and the size of what was
 * emitted.
 *
 * <p>Run (one JVM per tool and size, so peaks do not mix):
 * {@code java -Xmx512m -cp actionkit-benchmarks/target/benchmarks.jar
 * dev.actionkit.benchmarks.GenerationHarness ours 10000 5 target/bench}
 */
public final class GenerationHarness {

    /** Warm-up runs before the measured ones; {@code -Dwarmups=N} changes it. */
    private static final int WARMUPS = Integer.getInteger("warmups", 2);

    private GenerationHarness() {}

    /**
     * {@code <ours|baseline|baseline-one-package> <actions> <measured runs> <work directory>}:
     * {@code baseline} gives each schema a package of its own, {@code baseline-one-package} puts
     * all in one, as jsonschema2pojo-maven-plugin does (see {@link PlainJsonschema2Pojo}).
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 4
                || !List.of("ours", "baseline", "baseline-one-package").contains(args[0])) {
            System.err.println("usage: GenerationHarness <ours|baseline|baseline-one-package> "
                    + "<actions> <runs> <work dir>");
            System.exit(2);
        }
        String tool = args[0];
        int size = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        Path work = Path.of(args[3]).resolve(tool + "-" + size);
        ActionCatalog catalog = CatalogScaler.scale(
                CatalogJson.parse(Files.readAllBytes(CatalogScaler.KLAVIS)), size);
        Path schemas = tool.startsWith("baseline")
                ? PlainJsonschema2Pojo.writeSchemas(catalog, work.resolve("schemas"))
                : null;
        Path output = work.resolve("out");
        List<Long> millis = new ArrayList<>();
        List<Long> cpuMillis = new ArrayList<>();
        var process = (com.sun.management.OperatingSystemMXBean)
                ManagementFactory.getOperatingSystemMXBean();
        long peak = 0;
        String note = "";
        for (int run = 0; run < WARMUPS + runs; run++) {
            SourceStats.delete(output);
            try (HeapPeak heap = HeapPeak.start()) {
                long start = System.nanoTime();
                long cpuStart = process.getProcessCpuTime();
                note = tool.equals("ours") ? ours(catalog, output)
                        : baseline(schemas, output, tool.equals("baseline-one-package"));
                long elapsed = (System.nanoTime() - start) / 1_000_000;
                long cpu = (process.getProcessCpuTime() - cpuStart) / 1_000_000;
                if (run >= WARMUPS) {
                    millis.add(elapsed);
                    cpuMillis.add(cpu);
                    peak = Math.max(peak, heap.peakMiB());
                }
            }
        }
        List<Path> files = SourceStats.javaFiles(output);
        Collections.sort(millis);
        Collections.sort(cpuMillis);
        System.out.printf(Locale.ROOT, "tool=%s actions=%d runs=%d median_ms=%d min_ms=%d "
                        + "cpu_median_ms=%d peak_heap_mib=%d files=%d lines=%d %s%n", tool, size,
                runs, millis.get(millis.size() / 2), millis.get(0),
                cpuMillis.get(cpuMillis.size() / 2), peak, files.size(),
                SourceStats.lines(files), note);
    }

    private static String ours(ActionCatalog catalog, Path output) {
        var result = CodeGenerator.generate(GenerationRequest.builder()
                .catalog(catalog)
                .outputDirectory(output)
                .packageName("bench.actions")
                .build(), diagnostic -> { });
        return "written=" + result.filesWritten();
    }

    private static String baseline(Path schemas, Path output, boolean onePackage)
            throws Exception {
        PlainJsonschema2Pojo.Outcome outcome =
                PlainJsonschema2Pojo.generate(schemas, output, onePackage);
        return "generated=" + outcome.generated() + " failed=" + outcome.failed()
                + (outcome.firstFailure() == null ? ""
                        : " first_failure=\"" + outcome.firstFailure() + "\"");
    }
}
