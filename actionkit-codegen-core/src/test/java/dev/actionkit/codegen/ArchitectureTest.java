package dev.actionkit.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Stages use only earlier stages: diagnostic, naming, schema -> model -> emit -> write")
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/dev/actionkit/codegen");

    /** The packages each package may use; "" is the root package, which may use every stage. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "diagnostic", Set.of(),
            "naming", Set.of(),
            "schema", Set.of("diagnostic", "naming"),
            "model", Set.of("diagnostic", "naming", "schema"),
            "emit", Set.of("diagnostic", "naming", "schema", "model"),
            "write", Set.of("emit"),
            "diff", Set.of(),
            "", Set.of("diagnostic", "naming", "schema", "model", "emit", "write", "diff"));

    /** A reference to a type of ours: an import, a static import or a fully qualified name. */
    private static final Pattern REFERENCE =
            Pattern.compile("dev\\.actionkit\\.codegen\\.(?:([a-z][a-z0-9]*)\\.)?[A-Z]");

    /** Returns the files of a package, not of its subpackages ("" for the root). */
    private static List<Path> filesOf(String pkg) throws IOException {
        try (Stream<Path> files = Files.list(MAIN.resolve(pkg))) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("every package's references to our types, imported or fully qualified, go only "
            + "to the packages its stage may use, and every package is listed")
    void layering() throws IOException {
        // given
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(MAIN)) {
            dirs.filter(Files::isDirectory).forEach(d -> packages.add(d.getFileName().toString()));
        }
        packages.add("");
        assertThat(ALLOWED.keySet()).containsExactlyInAnyOrderElementsOf(packages);
        // when
        Set<String> violations = new TreeSet<>();
        for (String pkg : packages) {
            for (Path file : filesOf(pkg)) {
                Matcher m = REFERENCE.matcher(text(file));
                while (m.find()) {
                    String target = m.group(1) == null ? "" : m.group(1);
                    if (!target.equals(pkg) && !ALLOWED.get(pkg).contains(target)) {
                        violations.add(file.getFileName() + " uses " + m.group());
                    }
                }
            }
        }
        // then
        assertThat(violations).isEmpty();
    }

    @ParameterizedTest(name = "{0} never uses {1}")
    @CsvSource({"'',org.apache.maven", "diagnostic,org.apache.maven", "model,org.apache.maven",
        "emit,org.apache.maven", "model,org.jsonschema2pojo", "model,com.sun.codemodel",
        "schema,org.jsonschema2pojo", "schema,com.sun.codemodel", "schema,com.palantir",
        "naming,com.palantir", "diagnostic,com.palantir"})
    @DisplayName("the core never uses Maven; only emit uses the code generators' types")
    void libraries(String pkg, String forbidden) throws IOException {
        // given
        List<Path> files = filesOf(pkg);
        // then
        assertThat(files).isNotEmpty().allSatisfy(file ->
                assertThat(text(file)).doesNotContain(forbidden + "."));
    }
}
