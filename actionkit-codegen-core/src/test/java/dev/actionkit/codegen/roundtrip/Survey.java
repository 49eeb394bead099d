package dev.actionkit.codegen.roundtrip;

import com.fasterxml.jackson.databind.JsonNode;
import dev.actionkit.codegen.roundtrip.ShapeSchemas.Shape;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the round trip over the documents of catalogs and counts, per {@link Shape}, how many
 * documents survive; keeps the first losses as examples. Every document is checked against its
 * schema first: a document the schema rejects is a fault of the test, not a loss.
 */
final class Survey {

    /** Examples kept per shape, of explicit-null losses and of the others. */
    private static final int EXAMPLES_PER_SHAPE = 1;
    /** How {@link JsonDiff} words an explicit null that was not sent. */
    private static final String NULL_DROPPED = "expected null, got nothing";
    /** Daemon threads that send documents concurrently (see {@link RoundTrip}). */
    private static final ExecutorService POOL = Executors.newFixedThreadPool(16, task -> {
        Thread thread = new Thread(task, "roundtrip-sender");
        thread.setDaemon(true);
        return thread;
    });

    private final Map<Shape, int[]> counts = new EnumMap<>(Shape.class);
    private final List<String> examples = new ArrayList<>();

    /** Draws {@code documents} documents per action of {@code catalog} and round-trips them. */
    void run(ShapeCatalog catalog, int documents, RoundTrip roundTrip) throws Exception {
        Random random = new Random(catalog.seed() * 31 + 7);
        try (CompiledCatalog compiled = CompiledCatalog.of(catalog)) {
            for (ShapeCatalog.Action action : catalog.actions()) {
                Class<?> params = compiled.paramsClass(action);
                List<JsonNode> drawn = draw(action, documents, random);
                List<Future<List<String>>> losses = new ArrayList<>();
                for (JsonNode document : drawn) {
                    losses.add(POOL.submit(
                            () -> roundTrip.losses(params, action.schema(), document)));
                }
                for (int i = 0; i < drawn.size(); i++) {
                    count(catalog, action, drawn.get(i), losses.get(i).get());
                }
            }
        }
    }

    /** Draws documents and checks each against the schema: a rejected one is a test fault. */
    private static List<JsonNode> draw(ShapeCatalog.Action action, int documents,
            Random random) {
        Instances instances = new Instances(action.schema(), random);
        SchemaCheck schema = new SchemaCheck(action.schema());
        List<JsonNode> drawn = new ArrayList<>();
        for (int i = 0; i < documents; i++) {
            JsonNode document = instances.of(action.schema());
            List<String> invalid = schema.violations(document);
            if (!invalid.isEmpty()) {
                throw new IllegalStateException("the test drew a document its schema rejects: "
                        + document + " " + invalid + "\nschema " + action.schema());
            }
            drawn.add(document);
        }
        return drawn;
    }

    private void count(ShapeCatalog catalog, ShapeCatalog.Action action, JsonNode document,
            List<String> losses) {
        int[] count = counts.computeIfAbsent(action.shape(), s -> new int[3]);
        count[0]++;
        if (losses.isEmpty()) {
            count[1]++;
            count[2]++;
            return;
        }
        boolean onlyNulls = losses.stream().allMatch(l -> l.endsWith(NULL_DROPPED));
        if (onlyNulls) {
            count[2]++;
        }
        String label = action.shape() + (onlyNulls ? " explicit nulls" : "") + " (catalog seed ";
        if (examples.stream().filter(e -> e.startsWith(label)).count() < EXAMPLES_PER_SHAPE) {
            examples.add(label + catalog.seed() + ")\n  schema   " + action.schema()
                    + "\n  document " + document + "\n  lost     " + String.join("; ", losses));
        }
    }

    /** Returns whether every document survived. */
    boolean allSurvived() {
        return counts.values().stream().allMatch(c -> c[0] == c[1]);
    }

    /**
     * Returns the survival rate overall and per shape, also counting as survivors the documents
     * whose only losses are explicit nulls (the emitter's half of issue 14), then an example loss
     * of each kind per shape.
     */
    String report() {
        int[] total = new int[3];
        StringBuilder lines = new StringBuilder();
        for (Map.Entry<Shape, int[]> entry : counts.entrySet()) {
            int[] c = entry.getValue();
            for (int i = 0; i < 3; i++) {
                total[i] += c[i];
            }
            lines.append(line(entry.getKey().name(), c));
        }
        return String.format("%-28s %15s %15s%n", "shape", "survived", "but for nulls")
                + line("all", total) + lines + String.join("\n", examples);
    }

    private static String line(String label, int[] c) {
        return String.format("%-28s %5d/%-5d%5.1f%% %5d/%-5d%5.1f%%%n", label, c[1], c[0],
                100.0 * c[1] / Math.max(1, c[0]), c[2], c[0], 100.0 * c[2] / Math.max(1, c[0]));
    }
}
