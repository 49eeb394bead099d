package dev.actionkit.codegen;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

class SmokeScratch {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[1]);
        List<Diagnostic> d = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            CodeGenerator.generate(GenerationRequest.builder()
                .catalog(CodeGenerator.readCatalog(Path.of(args[0])))
                .outputDirectory(out.resolve("warm" + i)).packageName("com.acme.actionkit").build(), x -> { });
            System.out.println("run " + i + ": " + (System.nanoTime() - t) / 1_000_000 + " ms");
        }
        long t0 = System.nanoTime();
        GenerationResult r = CodeGenerator.generate(GenerationRequest.builder()
                .catalog(CodeGenerator.readCatalog(Path.of(args[0])))
                .outputDirectory(out.resolve("src")).packageName("com.acme.actionkit").build(), d::add);
        System.out.println(r + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        d.forEach(System.out::println);
        if (args.length > 2) { return; }
        Compilation.Outcome c = Compilation.compile(out.resolve("src"), out.resolve("classes"));
        System.out.println("compiled: " + c.success());
        System.out.println(c.diagnostics().lines().limit(60).reduce("", (a, b) -> a + b + "\n"));
    }
}
