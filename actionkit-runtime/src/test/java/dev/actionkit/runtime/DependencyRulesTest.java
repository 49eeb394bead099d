package dev.actionkit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The runtime depends on Jackson and the JDK only")
class DependencyRulesTest {

    private static final Path MAIN = Path.of("src", "main", "java");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import (static )?([\\w.]+)");

    private static List<String> imports(Path file) {
        try {
            Matcher matcher = IMPORT.matcher(Files.readString(file));
            return matcher.results().map(result -> result.group(2)).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> sources(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        }
    }

    @Test
    @DisplayName("main code imports only java.*, Jackson and the runtime's own packages")
    void onlyJacksonAndJdk() throws IOException {
        for (Path file : sources(MAIN)) {
            assertThat(imports(file)).as(file.toString()).allMatch(name ->
                    name.startsWith("java.") || name.startsWith("com.fasterxml.jackson.")
                            || name.startsWith("dev.actionkit.runtime."));
        }
    }

    @Test
    @DisplayName("the catalog model knows nothing of the client, only its format exception")
    void catalogIsALowerLayer() throws IOException {
        for (Path file : sources(MAIN.resolve("dev/actionkit/runtime/catalog"))) {
            assertThat(imports(file)).as(file.toString())
                    .filteredOn(name -> name.startsWith("dev.actionkit.runtime."))
                    .allMatch(name -> name.startsWith("dev.actionkit.runtime.catalog.")
                            || name.equals("dev.actionkit.runtime.CatalogFormatException"));
        }
    }
}
