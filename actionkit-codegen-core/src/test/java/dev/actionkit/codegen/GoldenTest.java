package dev.actionkit.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compares generated text with the files under {@code src/test/resources/golden/expected}.
 * After a deliberate change, regenerate them with
 * {@code ./mvnw -B -o test -pl actionkit-codegen-core -am -Dtest=GoldenTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true} and review the diff.
 */
@DisplayName("A small representative catalog generates exactly the golden files")
class GoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @Test
    @DisplayName("every generated file equals its golden copy, and there are no others")
    void golden(@TempDir Path dir) throws IOException {
        // given
        Path out = dir.resolve("out");
        // when
        TestCatalogs.generate(CodeGenerator.readCatalog(GOLDEN.resolve("catalog.json")), out,
                "com.acme.golden");
        // then
        Path expected = GOLDEN.resolve("expected");
        if (Boolean.getBoolean("golden.update")) {
            replace(out, expected);
        }
        List<String> generated = javaFiles(out);
        assertThat(generated).isEqualTo(javaFiles(expected));
        for (String file : generated) {
            assertThat(Files.readString(out.resolve(file))).as(file)
                    .isEqualTo(Files.readString(expected.resolve(file)));
        }
    }

    private static List<String> javaFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static void replace(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> old = Files.walk(to)) {
                for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        for (String file : javaFiles(from)) {
            Files.createDirectories(to.resolve(file).getParent());
            Files.copy(from.resolve(file), to.resolve(file));
        }
    }
}
