package dev.actionkit.maven.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.actionkit.maven.fetch.FetchMode;
import dev.actionkit.maven.snapshot.Sha256;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    private static final String CATALOG =
            Sha256.hex("{\"actions\": {}}\n".getBytes(StandardCharsets.UTF_8));
    private static final BuildRequest BASE =
            Requests.request(Path.of("/p"), "https://actionkit.useparagon.com", FetchMode.AUTO);

    @Test
    @DisplayName("the same catalog, configuration and plugin version give the same SHA-256")
    void stable() {
        // when
        String first = Fingerprint.of(BASE, CATALOG);
        String second = Fingerprint.of(Requests.request(Path.of("/p"),
                "https://actionkit.useparagon.com", FetchMode.AUTO), CATALOG);

        // then
        assertThat(first).hasSize(64).matches("[0-9a-f]+").isEqualTo(second);
    }

    @Test
    @DisplayName("the catalog, the package, the filters and the plugin version each change it")
    void generationInputsChangeIt() {
        // given
        String base = Fingerprint.of(BASE, CATALOG);

        // when
        List<String> variants = List.of(
                Fingerprint.of(BASE, Sha256.hex("{\"actions\": {\"a\": []}}\n".getBytes())),
                Fingerprint.of(BASE.toBuilder().packageName("other.pkg").build(), CATALOG),
                Fingerprint.of(BASE.toBuilder().pluginVersion("1.0.1").build(), CATALOG),
                Fingerprint.of(BASE.toBuilder().integrations(List.of("slack")).build(), CATALOG),
                Fingerprint.of(BASE.toBuilder().includes(List.of("SLACK_*")).build(), CATALOG),
                Fingerprint.of(BASE.toBuilder().excludes(List.of("SLACK_*")).build(), CATALOG),
                Fingerprint.of(BASE.toBuilder()
                        .optionalParameters(Set.of("SLACK_SEND_MESSAGE.botName")).build(),
                        CATALOG));

        // then
        assertThat(variants).doesNotContain(base).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("where the catalog comes from does not change it: project id and base URL")
    void fetchSettingsDoNotChangeIt() {
        // when
        String other = Fingerprint.of(BASE.toBuilder().projectId(Optional.of("p-2"))
                .baseUrl("https://example.com").build(), CATALOG);

        // then
        assertThat(other).isEqualTo(Fingerprint.of(BASE, CATALOG));
    }
}
