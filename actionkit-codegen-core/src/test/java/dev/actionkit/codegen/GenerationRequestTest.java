package dev.actionkit.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GenerationRequestTest {

    private static final ActionSelection SELECTION =
            new ActionSelection(Set.of("slack", "gmail"), List.of("SLACK_*"), List.of("*_DELETE"));

    @Test
    @DisplayName("the output inputs name each input, with sets sorted so their order never matters")
    void outputInputsAreStable() {
        // when
        List<String> lines = GenerationRequest.outputInputs("com.acme", SELECTION,
                Set.of("B.y", "A.x"));

        // then
        assertThat(lines).containsExactly("packageName com.acme", "integrations [gmail, slack]",
                "includes [SLACK_*]", "excludes [*_DELETE]", "optionalParameters [A.x, B.y]");
    }

    @Test
    @DisplayName("the package, each part of the selection and the optional parameters change them")
    void eachInputChangesThem() {
        // given
        List<String> base = GenerationRequest.outputInputs("com.acme", SELECTION, Set.of());

        // when
        List<List<String>> variants = List.of(
                GenerationRequest.outputInputs("com.other", SELECTION, Set.of()),
                GenerationRequest.outputInputs("com.acme", new ActionSelection(Set.of("slack"),
                        SELECTION.includes(), SELECTION.excludes()), Set.of()),
                GenerationRequest.outputInputs("com.acme", new ActionSelection(
                        SELECTION.integrations(), List.of(), SELECTION.excludes()), Set.of()),
                GenerationRequest.outputInputs("com.acme", new ActionSelection(
                        SELECTION.integrations(), SELECTION.includes(), List.of()), Set.of()),
                GenerationRequest.outputInputs("com.acme", SELECTION, Set.of("A.x")));

        // then
        assertThat(variants).doesNotContain(base).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("every component of a request is either an output input or known not to be one")
    void everyComponentIsAccountedFor() {
        // given: a new component must be added to outputInputs, or here with the reason it is not
        List<String> outputInputs = List.of("packageName", "selection", "optionalParameters");
        List<String> notOutputInputs = List.of(
                "catalog", // hashed by the caller, by its bytes
                "outputDirectory", // where, not what
                "fingerprint"); // the hash itself

        // when
        List<String> components = Arrays.stream(GenerationRequest.class.getRecordComponents())
                .map(RecordComponent::getName).toList();

        // then
        assertThat(components).containsExactlyInAnyOrderElementsOf(
                concat(outputInputs, notOutputInputs));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
