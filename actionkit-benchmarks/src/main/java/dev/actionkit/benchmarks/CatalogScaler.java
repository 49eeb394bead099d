package dev.actionkit.benchmarks;

import dev.actionkit.runtime.catalog.ActionCatalog;
import dev.actionkit.runtime.catalog.ActionDefinition;
import dev.actionkit.runtime.catalog.CatalogJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a catalog of any size from a real one, deterministically, so that every size has the
 * real mix of nesting, enums, unions and odd names: action {@code i} is a copy of real action
 * {@code i mod n} (in sorted order), and copy {@code k >= 1} lives in the synthetic integration
 * {@code <key>_c<k>} with the action name prefixed {@code C<k>_}. Schemas are kept as they are.
 *
 * <p>Run: {@code java -cp actionkit-benchmarks/target/benchmarks.jar
 * dev.actionkit.benchmarks.CatalogScaler 10000 target/catalog-10000.json}
 */
public final class CatalogScaler {

    /** The real catalog the copies come from: 1,180 actions from 85 integrations. */
    public static final Path KLAVIS = Path.of("testdata/klavis/klavis-actions.json");

    private CatalogScaler() {}

    /** Writes a catalog of {@code args[0]} actions to {@code args[1]} (snapshot form). */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CatalogScaler <actions> <output file> [source catalog]");
            System.exit(2);
        }
        int size = Integer.parseInt(args[0]);
        Path source = args.length > 2 ? Path.of(args[2]) : KLAVIS;
        ActionCatalog scaled = scale(CatalogJson.parse(Files.readAllBytes(source)), size);
        Path output = Path.of(args[1]);
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        Files.write(output, CatalogJson.toSnapshot(scaled));
        System.out.println("wrote " + scaled.actionCount() + " actions in "
                + scaled.integrations().size() + " integrations to " + output);
    }

    /** Returns a catalog of exactly {@code size} actions built from {@code real}. */
    public static ActionCatalog scale(ActionCatalog real, int size) {
        List<ActionDefinition> originals = real.sorted().actions();
        if (originals.isEmpty()) {
            throw new IllegalArgumentException("the source catalog has no actions");
        }
        Map<String, List<ActionDefinition>> integrations = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            ActionDefinition original = originals.get(i % originals.size());
            int copy = i / originals.size();
            String key = copy == 0 ? original.integration() : original.integration() + "_c" + copy;
            String name = copy == 0 ? original.name() : "C" + copy + "_" + original.name();
            integrations.computeIfAbsent(key, k -> new ArrayList<>()).add(new ActionDefinition(
                    key, name, original.description(), original.parametersView()));
        }
        return new ActionCatalog(integrations, List.of());
    }
}
