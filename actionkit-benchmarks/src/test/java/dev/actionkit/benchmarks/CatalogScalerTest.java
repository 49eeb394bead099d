package dev.actionkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.actionkit.runtime.catalog.ActionCatalog;
import dev.actionkit.runtime.catalog.ActionDefinition;
import dev.actionkit.runtime.catalog.CatalogJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CatalogScalerTest {

    private static ActionCatalog klavis() throws Exception {
        return CatalogJson.parse(Files.readAllBytes(Path.of("..").resolve(CatalogScaler.KLAVIS)));
    }

    @Test
    @DisplayName("a scaled catalog has exactly the asked number of actions, each name once")
    void scalesToTheExactSizeWithUniqueNames() throws Exception {
        // when
        ActionCatalog scaled = CatalogScaler.scale(klavis(), 5_000);

        // then
        List<ActionDefinition> actions = scaled.actions();
        assertThat(actions).hasSize(5_000);
        assertThat(new HashSet<>(actions.stream().map(ActionDefinition::name).toList())).hasSize(5_000);
        assertThat(scaled.integrations().keySet()).contains("slack", "slack_c1", "slack_c3");
    }

    @Test
    @DisplayName("copies keep the real schemas and descriptions unchanged")
    void copiesKeepTheRealSchemas() throws Exception {
        // given
        ActionCatalog real = klavis();
        List<ActionDefinition> originals = real.sorted().actions();

        // when
        List<ActionDefinition> scaled = CatalogScaler.scale(real, originals.size() * 2).actions();

        // then
        ActionDefinition copy = scaled.stream()
                .filter(action -> action.name().equals("C1_" + originals.get(7).name()))
                .findFirst().orElseThrow();
        assertThat(copy.parameters()).isEqualTo(originals.get(7).parameters());
        assertThat(copy.description()).isEqualTo(originals.get(7).description());
        assertThat(copy.integration()).isEqualTo(originals.get(7).integration() + "_c1");
    }

    @Test
    @DisplayName("the same size gives the same bytes every time")
    void isDeterministic() throws Exception {
        // when
        byte[] first = CatalogJson.toSnapshot(CatalogScaler.scale(klavis(), 2_500));
        byte[] second = CatalogJson.toSnapshot(CatalogScaler.scale(klavis(), 2_500));

        // then
        assertThat(first).isEqualTo(second);
    }
}
