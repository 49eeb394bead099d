package dev.actionkit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The mojo is a thin shell: Maven's API stays at the edge. */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/actionkit/maven");

    @Test
    @DisplayName("only the mojo and the settings.xml adapter import Maven")
    void mavenStaysAtTheEdge() {
        // given
        List<Path> sources = sources();

        // when
        List<String> importingMaven = sources.stream()
                .filter(file -> read(file).contains("import org.apache.maven."))
                .map(file -> SOURCES.relativize(file).toString().replace('\\', '/'))
                .sorted()
                .toList();

        // then
        assertThat(sources).hasSizeGreaterThan(10);
        assertThat(importingMaven).containsExactly("GenerateMojo.java",
                "credentials/SettingsServerPasswords.java");
    }

    @Test
    @DisplayName("of the core, the plugin imports only its public entry points: the root, the "
            + "diagnostic vocabulary and diff")
    void coreThroughItsEntryPoints() {
        // when
        List<String> corePackages = sources().stream()
                .flatMap(file -> read(file).lines())
                .filter(line -> line.startsWith("import dev.actionkit.codegen."))
                .map(line -> line.substring("import ".length(), line.lastIndexOf('.')))
                .distinct()
                .sorted()
                .toList();

        // then
        assertThat(corePackages).containsExactly("dev.actionkit.codegen",
                "dev.actionkit.codegen.diagnostic", "dev.actionkit.codegen.diff");
    }

    @Test
    @DisplayName("the mojo's package holds the mojo only")
    void mojoPackage() throws IOException {
        // when
        try (Stream<Path> files = Files.list(SOURCES)) {
            List<String> names = files.filter(Files::isRegularFile)
                    .map(file -> file.getFileName().toString()).toList();

            // then
            assertThat(names).containsExactly("GenerateMojo.java");
        }
    }

    private static List<Path> sources() {
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            return walk.filter(file -> file.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
