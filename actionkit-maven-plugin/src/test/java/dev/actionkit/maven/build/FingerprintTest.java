package dev.actionkit.maven.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.actionkit.maven.fetch.FetchMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    private static final byte[] CATALOG = "{\"actions\": {}}\n".getBytes(StandardCharsets.UTF_8);
    private static final GenerateRequest BASE =
            Requests.request(Path.of("/p"), "https://actionkit.useparagon.com", FetchMode.AUTO);

    @Test
    @DisplayName("the same catalog, configuration and plugin version give the same SHA-256")
    void stable() {
        // when
        String first = Fingerprint.of(BASE, CATALOG);
        String second = Fingerprint.of(Requests.request(Path.of("/p"),
                "https://actionkit.useparagon.com", FetchMode.AUTO), CATALOG.clone());

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
                Fingerprint.of(BASE, "{\"actions\": {\"a\": []}}\n".getBytes()),
                Fingerprint.of(Requests.withPackageAndVersion(BASE, "other.pkg", "1.0.0"), CATALOG),
                Fingerprint.of(Requests.withPackageAndVersion(BASE, BASE.packageName(), "1.0.1"),
                        CATALOG),
                Fingerprint.of(Requests.withFilters(BASE, List.of("slack"), List.of(), List.of(),
                        Set.of()), CATALOG),
                Fingerprint.of(Requests.withFilters(BASE, List.of(), List.of("SLACK_*"), List.of(),
                        Set.of()), CATALOG),
                Fingerprint.of(Requests.withFilters(BASE, List.of(), List.of(), List.of("SLACK_*"),
                        Set.of()), CATALOG),
                Fingerprint.of(Requests.withFilters(BASE, List.of(), List.of(), List.of(),
                        Set.of("SLACK_SEND_MESSAGE.botName")), CATALOG));

        // then
        assertThat(variants).doesNotContain(base).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("where the catalog comes from does not change it: project id and base URL")
    void fetchSettingsDoNotChangeIt() {
        // when
        String other = Fingerprint.of(Requests.withProject(BASE, "p-2", "https://example.com"),
                CATALOG);

        // then
        assertThat(other).isEqualTo(Fingerprint.of(BASE, CATALOG));
    }
}
