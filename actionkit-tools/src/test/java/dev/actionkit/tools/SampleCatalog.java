package dev.actionkit.tools;

import dev.actionkit.runtime.ActionDescriptor;
import dev.actionkit.runtime.catalog.ActionDefinition;
import dev.actionkit.runtime.catalog.CatalogJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The real 20-action list response from {@code testdata/paragon}, as tests need it. */
final class SampleCatalog {

    static final Path FILE = Path.of("../testdata/paragon/list-actions-response-20-actions.json");

    private SampleCatalog() {}

    static List<ActionDefinition> definitions() {
        try {
            return CatalogJson.parse(Files.readAllBytes(FILE)).actions();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The actions with each name once, the first listing kept. */
    static List<ActionDefinition> distinctDefinitions() {
        Set<String> seen = new HashSet<>();
        return definitions().stream().filter(action -> seen.add(action.name())).toList();
    }

    static List<ActionDescriptor> descriptors() {
        return definitions().stream().map(ActionDescriptor::of).toList();
    }
}
