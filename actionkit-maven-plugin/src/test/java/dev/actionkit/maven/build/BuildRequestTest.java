package dev.actionkit.maven.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.actionkit.codegen.ActionSelection;
import dev.actionkit.maven.fetch.FetchMode;
import dev.actionkit.maven.fetch.FetchTimeout;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BuildRequestTest {

    private static final BuildRequest BASE =
            Requests.request(Path.of("/p"), "https://actionkit.useparagon.com", FetchMode.NEVER);

    @Test
    @DisplayName("toBuilder keeps every value, and build gives an equal request")
    void toBuilderRoundTrips() {
        // given
        BuildRequest full = BASE.toBuilder().userId(Optional.of("u-1")).offline(true)
                .integrations(List.of("slack")).categories(List.of("crm"))
                .includes(List.of("SLACK_*")).excludes(List.of("*_DELETE_*"))
                .optionalParameters(Set.of("A.b")).reloadFields(true)
                .failOnBreakingChanges(true).build();

        // when
        BuildRequest copy = full.toBuilder().build();

        // then
        assertThat(copy).isEqualTo(full);
    }

    @Test
    @DisplayName("what may be left out defaults to empty, false, auto and the default timeout")
    void defaults() {
        // when
        BuildRequest request = BuildRequest.builder().baseUrl("https://a.example")
                .serverId("actionkit").catalogFile(Path.of("c.json"))
                .outputDirectory(Path.of("out")).statusDirectory(Path.of("status"))
                .packageName("com.acme").pluginVersion("1.0.0").build();

        // then
        assertThat(request.projectId()).isEmpty();
        assertThat(request.userId()).isEmpty();
        assertThat(request.fetch()).isEqualTo(FetchMode.AUTO);
        assertThat(request.offline()).isFalse();
        assertThat(request.fetchTimeout()).isEqualTo(FetchTimeout.DEFAULT);
        assertThat(request.integrations()).isEmpty();
        assertThat(request.optionalParameters()).isEmpty();
        assertThat(request.failOnBreakingChanges()).isFalse();
    }

    @Test
    @DisplayName("a required value left out fails naming it")
    void requiredValues() {
        // when
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> BASE.toBuilder().packageName(null).build());

        // then
        assertThat(e).hasMessage("packageName == null");
    }

    @Test
    @DisplayName("the selection is the integrations, includes and excludes")
    void selection() {
        // when
        ActionSelection selection = BASE.toBuilder().integrations(List.of("slack", "gmail"))
                .includes(List.of("SLACK_*")).excludes(List.of("*_DELETE")).build().selection();

        // then
        assertThat(selection).isEqualTo(new ActionSelection(Set.of("slack", "gmail"),
                List.of("SLACK_*"), List.of("*_DELETE")));
    }
}
