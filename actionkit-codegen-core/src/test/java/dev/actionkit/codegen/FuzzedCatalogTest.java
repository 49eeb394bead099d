package dev.actionkit.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.actionkit.codegen.diagnostic.Diagnostic;
import dev.actionkit.codegen.diagnostic.Severity;
import dev.actionkit.codegen.schema.Utf16;
import dev.actionkit.runtime.catalog.CatalogJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Fuzzed catalogs (seeded) always generate code that compiles, never crash")
class FuzzedCatalogTest {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String ALPHABET = "aAzZ09_-. $@*/\\\"'<>{}[]%#+:?!\u00e9\u4e2d\uD83D\uDE00"
            + "\n\r\t\u0000\u2028";
    private static final List<String> WORDS = List.of("class", "record", "var", "_", "wait",
            "getClass", "Builder", "builder", "build", "instance", "copy", "value", "CONSTANTS",
            "additionalProperties", "ACTION_NAME", "DESCRIPTOR", "String", "List", "Object",
            "\\u002a/", "*/", "", "0", "a b", "A B", "descriptors", "client", "options", "params");

    /** Fixed for reproducible builds; try others with {@code -Dfuzz.seed=...}. */
    private final Random random = new Random(Long.getLong("fuzz.seed", 20261129L));

    @Test
    @DisplayName("300 random actions over 12 integrations generate and compile in one javac run")
    void fuzz(@TempDir Path dir) throws Exception {
        // given
        ObjectNode root = F.objectNode();
        ObjectNode actions = root.putObject("actions");
        for (int i = 0; i < 300; i++) {
            ArrayNode integration = actions.withArray("i" + (i % 12) + text(3));
            ObjectNode function = integration.addObject().put("type", "function")
                    .putObject("function");
            // A lone surrogate in an action name is an error (unsendable-action-name); lone
            // surrogates stay everywhere else, where they become literals.
            function.put("name", Utf16.wellFormed("ACTION_" + i + "_" + text(6)))
                    .put("description", text(40));
            function.set("parameters", schema(0));
        }
        // when
        List<Diagnostic> reported = TestCatalogs.generate(CatalogJson.parse(root),
                dir.resolve("src"), "com.acme.fuzz");
        Compilation.Outcome outcome = Compilation.compile(dir.resolve("src"), dir.resolve("cls"));
        // then
        assertThat(reported).noneMatch(d -> d.severity() == Severity.ERROR);
        assertThat(outcome.success()).as(outcome.diagnostics()).isTrue();
    }

    private String text(int maxLength) {
        if (random.nextInt(4) == 0) {
            return WORDS.get(random.nextInt(WORDS.size()));
        }
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    private ObjectNode schema(int depth) {
        ObjectNode schema = F.objectNode();
        int shape = depth > 2 ? random.nextInt(6) : random.nextInt(12);
        switch (shape) {
            case 0 -> schema.put("type", "string");
            case 1 -> schema.put("type", "integer");
            case 2 -> schema.put("type", "boolean");
            case 3 -> schema.putArray("enum").add(text(4)).add(text(4)).add(text(4));
            case 4 -> schema.putArray("type").add("number").add("null");
            case 5 -> schema.put("type", "object");
            case 6, 7, 8 -> {
                schema.put("type", "object");
                ObjectNode properties = schema.putObject("properties");
                ArrayNode required = schema.putArray("required");
                for (int i = random.nextInt(6); i >= 0; i--) {
                    String name = text(8);
                    properties.set(name, schema(depth + 1));
                    if (random.nextBoolean()) {
                        required.add(random.nextBoolean() ? name : text(3));
                    }
                }
            }
            case 9 -> schema.put("type", "array").set("items", schema(depth + 1));
            case 10 -> schema.putArray("anyOf").add(schema(depth + 1)).add(schema(depth + 1));
            default -> schema.put("$ref", random.nextBoolean() ? "#" : "#/" + text(5));
        }
        schema.put("description", text(30));
        return schema;
    }
}
