package dev.actionkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompileHarnessTest {

    private static Path sources(Path dir, String name, String body) throws Exception {
        Path file = dir.resolve(name).resolve("out/p/" + name + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "package p;\nclass " + name + " {\n" + body + "}\n");
        return file.getParent().getParent();
    }

    private static List<String> run(String... args) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            CompileHarness.main(args);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    @DisplayName("paired, it compiles both directories in alternating order and prints the median "
            + "ratio of the pairs after the first")
    void pairsAlternate(@TempDir Path dir) throws Exception {
        // given
        Path small = sources(dir, "Small", "");
        StringBuilder methods = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            methods.append("    int m").append(i).append("() { return ").append(i).append("; }\n");
        }
        Path large = sources(dir, "Large", methods.toString());
        // when
        List<String> lines = run(small.toString(), large.toString(), "4");
        // then
        assertThat(lines).hasSize(5);
        assertThat(lines.subList(0, 4)).extracting(line -> line.split(" ")[1])
                .containsExactly("order=AB", "order=BA", "order=AB", "order=BA");
        assertThat(lines.get(4)).startsWith("a=" + small + " b=" + large + " pairs=4 ")
                .containsPattern("median_ratio=\\d+\\.\\d\\d median_cpu_ratio=\\d+\\.\\d\\d");
        assertThat(dir.resolve("Small/classes-3/p/Small.class")).isRegularFile();
        assertThat(dir.resolve("Large/classes-3/p/Large.class")).isRegularFile();
    }

    @Test
    @DisplayName("alone, it prints the medians, first and fastest run of one directory")
    void single(@TempDir Path dir) throws Exception {
        // given
        Path small = sources(dir, "Small", "");
        // when
        List<String> lines = run(small.toString(), "2");
        // then
        assertThat(lines).singleElement().asString()
                .startsWith("sources=" + small + " files=1 lines=3 javac_median_ms=")
                .contains("javac_cpu_first_ms=", "javac_cpu_min_ms=");
    }

    @Test
    @DisplayName("sources that do not compile stop the run, naming the directory")
    void failsOnBrokenSources(@TempDir Path dir) throws Exception {
        // given
        Path broken = sources(dir, "Broken", "    int a() { return }\n");
        // when
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> run(broken.toString(), "1"));
        // then
        assertThat(e).hasMessage("javac failed on " + broken);
    }
}
