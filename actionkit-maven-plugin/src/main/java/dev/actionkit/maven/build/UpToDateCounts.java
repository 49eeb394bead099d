package dev.actionkit.maven.build;

import dev.actionkit.runtime.catalog.ActionCatalog;
import dev.actionkit.runtime.catalog.ActionDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What an up-to-date run would have generated, for its summary line: the selected actions and
 * integrations, and the files already in the output directory. Nothing is read but the catalog
 * in memory and the directory listing. The selection mirrors the core's: integration keys, then
 * include and exclude globs ({@code *}, {@code ?}) on action names, excludes winning.
 *
 * @param integrations integrations with at least one selected action
 * @param actions selected actions
 * @param files generated files present (the generator's hidden manifest not counted)
 */
record UpToDateCounts(int integrations, int actions, int files) {

    static UpToDateCounts of(ActionCatalog catalog, GenerateRequest request) {
        int integrations = 0;
        int actions = 0;
        for (var entry : catalog.integrations().entrySet()) {
            if (!request.integrations().isEmpty()
                    && !request.integrations().contains(entry.getKey())) {
                continue;
            }
            long selected = entry.getValue().stream()
                    .map(ActionDefinition::name)
                    .filter(name -> selected(name, request.includes(), request.excludes()))
                    .count();
            integrations += selected > 0 ? 1 : 0;
            actions += (int) selected;
        }
        return new UpToDateCounts(integrations, actions, files(request.outputDirectory()));
    }

    private static boolean selected(String name, List<String> includes, List<String> excludes) {
        boolean included = includes.isEmpty()
                || includes.stream().anyMatch(pattern -> glob(pattern).matcher(name).matches());
        return included
                && excludes.stream().noneMatch(pattern -> glob(pattern).matcher(name).matches());
    }

    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
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
