package dev.actionkit.maven.build;

import dev.actionkit.codegen.ActionSelection;
import dev.actionkit.runtime.catalog.ActionCatalog;
import dev.actionkit.runtime.catalog.ActionDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

/**
 * What an up-to-date run would have generated, for its summary line: the selected actions and
 * integrations, and the files already in the output directory. Nothing is read but the catalog
 * in memory and the directory listing. The selection is the core's own
 * ({@link ActionSelection#compile()}).
 *
 * @param integrations integrations with at least one selected action
 * @param actions selected actions
 * @param files generated files present (the generator's hidden manifest not counted)
 */
record UpToDateCounts(int integrations, int actions, int files) {

    static UpToDateCounts of(ActionCatalog catalog, ActionSelection selection,
            Path outputDirectory) {
        BiPredicate<String, String> selects = selection.compile();
        int integrations = 0;
        int actions = 0;
        for (var entry : catalog.integrations().entrySet()) {
            long selected = entry.getValue().stream()
                    .map(ActionDefinition::name)
                    .filter(name -> selects.test(entry.getKey(), name))
                    .count();
            integrations += selected > 0 ? 1 : 0;
            actions += (int) selected;
        }
        return new UpToDateCounts(integrations, actions, files(outputDirectory));
    }

    private static int files(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return (int) walk.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + directory, e);
        }
    }
}
