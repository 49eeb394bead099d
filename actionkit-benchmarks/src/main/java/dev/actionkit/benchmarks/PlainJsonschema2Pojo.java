package dev.actionkit.benchmarks;

import com.sun.codemodel.JCodeModel;
import com.sun.codemodel.writer.FileCodeWriter;
import dev.actionkit.runtime.catalog.ActionCatalog;
import dev.actionkit.runtime.catalog.ActionDefinition;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jsonschema2pojo.AnnotationStyle;
import org.jsonschema2pojo.DefaultGenerationConfig;
import org.jsonschema2pojo.GenerationConfig;
import org.jsonschema2pojo.Jackson2Annotator;
import org.jsonschema2pojo.SchemaGenerator;
import org.jsonschema2pojo.SchemaMapper;
import org.jsonschema2pojo.SchemaStore;
import org.jsonschema2pojo.rules.RuleFactory;

/**
 * The baseline: plain jsonschema2pojo 1.3.3 over the same parameter schemas, the way a team would
 * use it without us: one schema file per action, builders on, Jackson 2 annotations, its other
 * options at their defaults, one code model built at the end (as its own Maven plugin does).
 * Each schema gets a package of its own, so no two schemas' class names collide; with
 * {@code onePackage}, all share one, as jsonschema2pojo-maven-plugin's {@code targetPackage}
 * puts them, and jsonschema2pojo renames colliding classes ({@code Item__1}, ...).
 */
final class PlainJsonschema2Pojo {

    /** What one baseline run produced. */
    record Outcome(int generated, int failed, String firstFailure) {}

    private PlainJsonschema2Pojo() {}

    /** Writes one schema file per action, named after it; not part of the timed work. */
    static Path writeSchemas(ActionCatalog catalog, Path directory) throws IOException {
        Files.createDirectories(directory);
        for (ActionDefinition action : catalog.actions()) {
            Files.writeString(directory.resolve(className(action.name()) + ".json"),
                    action.parametersView().toString(), StandardCharsets.UTF_8);
        }
        return directory;
    }

    /** Generates classes for every schema file in {@code schemas} into {@code target}. */
    static Outcome generate(Path schemas, Path target, boolean onePackage) throws IOException {
        GenerationConfig config = new DefaultGenerationConfig() {
            @Override
            public boolean isGenerateBuilders() {
                return true;
            }

            @Override
            public AnnotationStyle getAnnotationStyle() {
                return AnnotationStyle.JACKSON2;
            }

            @Override
            public String getTargetVersion() {
                return "17";
            }

            @Override
            public File getTargetDirectory() {
                return target.toFile();
            }
        };
        Files.createDirectories(target);
        SchemaMapper mapper = new SchemaMapper(
                new RuleFactory(config, new Jackson2Annotator(config), new SchemaStore()),
                new SchemaGenerator());
        JCodeModel codeModel = new JCodeModel();
        int generated = 0;
        int failed = 0;
        String firstFailure = null;
        try (var files = Files.list(schemas)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString().replace(".json", "");
                try {
                    mapper.generate(codeModel, name, onePackage ? "baseline"
                            : "baseline." + name.toLowerCase(Locale.ROOT), file.toUri().toURL());
                    generated++;
                } catch (RuntimeException e) {
                    failed++;
                    firstFailure = firstFailure != null ? firstFailure : name + ": " + e;
                }
            }
        }
        codeModel.build(new FileCodeWriter(target.toFile(), "UTF-8"));
        return new Outcome(generated, failed, firstFailure);
    }

    /** {@code SLACK_SEND_MESSAGE} to {@code SlackSendMessage}. */
    static String className(String actionName) {
        StringBuilder name = new StringBuilder();
        for (String part : actionName.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return Character.isDigit(name.charAt(0)) ? "A" + name : name.toString();
    }
}
