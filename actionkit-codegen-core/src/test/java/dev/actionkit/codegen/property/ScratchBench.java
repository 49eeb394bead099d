package dev.actionkit.codegen.property;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScratchBench {
    @Test
    void bench() throws Exception {
        List<GeneratedCatalog> catalogs = Catalogs.catalogs().sampleStream().limit(60).toList();
        Path root = Files.createTempDirectory("bench");
        List<Path> roots = new ArrayList<>();
        int files = 0;
        for (int i = 0; i < catalogs.size(); i++) {
            GenerationAttempt a = GenerationAttempt.run(catalogs.get(i), root.resolve("o" + i), "com.acme.p" + i);
            if (a.outcome() == GenerationAttempt.Outcome.GENERATED) {
                roots.add(root.resolve("o" + i));
                files += a.result().filesWritten();
            }
        }
        System.out.println("BENCH catalogs " + roots.size() + " files " + files);
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < roots.size(); i++) {
                Javac.compile(List.of(roots.get(i)), root.resolve("c1-" + round + "-" + i));
            }
            long t1 = System.nanoTime();
            Javac.compile(roots, root.resolve("call-" + round));
            long t2 = System.nanoTime();
            System.out.println("BENCH round " + round + " one-by-one " + (t1 - t0) / 1_000_000
                    + " ms, all at once " + (t2 - t1) / 1_000_000 + " ms");
        }
    }
}
