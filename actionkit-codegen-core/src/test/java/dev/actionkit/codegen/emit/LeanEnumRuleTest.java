package dev.actionkit.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.actionkit.codegen.GenerationRequest;
import dev.actionkit.codegen.model.ActionModel;
import dev.actionkit.codegen.model.CatalogModel;
import dev.actionkit.codegen.model.ModelBuilder;
import dev.actionkit.runtime.catalog.ActionCatalog;
import dev.actionkit.runtime.catalog.CatalogJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Enums are generated under the model's names")
class LeanEnumRuleTest {

    @Test
    @DisplayName("an enum is generated even when a class of its name is on the class path")
    void generatedDespiteAClassOfItsName() {
        // given: PROBE_KIND's enum property is named dev.actionkit.codegen.emit.ProbeKindColor,
        // the name of a class on the test class path
        ActionModel action = onlyAction("""
                {"actions": {"probe": [{"type": "function", "function": {"name": "PROBE_KIND",
                 "description": "", "parameters": {"type": "object", "properties": {
                   "color": {"type": "string", "enum": ["red", "green"]}}}}}]}}
                """);
        // when
        List<SourceFile> files = ParamsEmitter.emit(action);
        // then
        assertThat(files).extracting(SourceFile::relativePath).contains(
                "dev/actionkit/codegen/emit/ProbeKindColor.java");
        SourceFile color = files.stream().filter(f -> f.relativePath().endsWith(
                "/ProbeKindColor.java")).findFirst().orElseThrow();
        assertThat(color.text()).contains("public enum ProbeKindColor implements WireEnum {",
                "RED(\"red\")", "GREEN(\"green\")");
    }

    private static ActionModel onlyAction(String catalogJson) {
        ActionCatalog catalog = CatalogJson.parse(catalogJson.getBytes(StandardCharsets.UTF_8));
        GenerationRequest request = GenerationRequest.builder().catalog(catalog)
                .outputDirectory(Path.of("unused")).packageName("dev.actionkit.codegen.emit")
                .build();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            CatalogModel model = ModelBuilder.build(catalog, request.selection(),
                    request.optionalParameters(), request.packageName(), pool);
            return model.integrations().get(0).actions().get(0);
        } finally {
            pool.shutdownNow();
        }
    }
}
