package dev.actionkit.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Stages import only earlier stages: naming, schema -> model -> emit -> write")
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/dev/actionkit/codegen");

    private static List<String> importsOf(String pkg) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
            return files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream().filter(l -> l.startsWith("import "))
                            .map(l -> p.getFileName() + ": " + l);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @ParameterizedTest(name = "{0} never imports {1}")
    @CsvSource({"naming,dev.actionkit.codegen.schema", "naming,dev.actionkit.codegen.model",
        "naming,dev.actionkit.codegen.emit", "naming,dev.actionkit.codegen.write",
        "schema,dev.actionkit.codegen.model", "schema,dev.actionkit.codegen.emit",
        "schema,dev.actionkit.codegen.write", "model,dev.actionkit.codegen.emit",
        "model,dev.actionkit.codegen.write", "emit,dev.actionkit.codegen.write",
        "write,dev.actionkit.codegen.model", "write,dev.actionkit.codegen.schema",
        ".,org.apache.maven", "model,org.jsonschema2pojo", "model,com.palantir"})
    @DisplayName("a stage never imports a later stage, and the core never imports Maven")
    void layering(String pkg, String forbidden) throws IOException {
        assertThat(importsOf(pkg)).noneMatch(line -> line.contains(" " + forbidden + ".")
                || line.contains("static " + forbidden + "."));
    }
}
