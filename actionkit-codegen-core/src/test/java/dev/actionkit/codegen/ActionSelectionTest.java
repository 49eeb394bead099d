package dev.actionkit.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ActionSelectionTest {

    @Test
    @DisplayName("a compiled selection keeps listed integrations, included names, and drops excluded ones")
    void compiledSelection() {
        // given
        BiPredicate<String, String> selects = new ActionSelection(Set.of("slack", "hubspot"),
                List.of("SLACK_*", "HUBSPOT_CREATE_?ECORD*"), List.of("*_DELETE_*")).compile();

        // then
        assertThat(selects.test("slack", "SLACK_SEND_MESSAGE")).isTrue();
        assertThat(selects.test("slack", "SLACK_DELETE_MESSAGE")).isFalse();
        assertThat(selects.test("hubspot", "HUBSPOT_CREATE_RECORD_CONTACTS")).isTrue();
        assertThat(selects.test("hubspot", "HUBSPOT_SEARCH_RECORDS")).isFalse();
        assertThat(selects.test("gmail", "SLACK_SEND_MESSAGE")).isFalse();
    }

    @Test
    @DisplayName("the empty selection keeps everything, and glob characters other than * and ? are literal")
    void emptySelectionAndLiteralCharacters() {
        // when
        BiPredicate<String, String> all = ActionSelection.all().compile();

        // then
        assertThat(all.test("custom.spotify", "SPOTIFY_PLAY")).isTrue();
        assertThat(ActionSelection.glob("A.B[1]*").matcher("A.B[1]C").matches()).isTrue();
        assertThat(ActionSelection.glob("A.B[1]*").matcher("AxB1C").matches()).isFalse();
    }
}
