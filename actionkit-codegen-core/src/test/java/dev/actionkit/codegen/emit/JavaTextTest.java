package dev.actionkit.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Generated text is tidied without changing what it means")
class JavaTextTest {

    @Test
    @DisplayName("lone star lines and empty Javadoc blocks go, a one-line Javadoc fits one line")
    void javadoc() {
        // given
        String text = "class A {\n\n    /**\n     * \n     */\n    int a;\n    /**\n     * One.\n"
                + "     * \n     */\n    int b;\n    /**\n     * Two\n     * lines.\n     */\n"
                + "    int c;\n}\n";
        // when
        String tidy = JavaText.tidy(text);
        // then
        assertThat(tidy).isEqualTo("class A {\n    int a;\n    /** One. */\n    int b;\n"
                + "    /**\n     * Two\n     * lines.\n     */\n    int c;\n}\n");
    }

    @Test
    @DisplayName("an array annotation and a class header are joined, blank lines are never "
            + "doubled nor next to braces")
    void joins() {
        // given
        String text = "@JsonPropertyOrder({\n    \"a,\",\n    \"b\"\n})\npublic class A\n"
                + "    extends B\n{\n\n\n    int a;\n\n\n    int b;\n\n}\n";
        // when
        String tidy = JavaText.tidy(text);
        // then
        assertThat(tidy).isEqualTo("@JsonPropertyOrder({\"a,\", \"b\"})\npublic class A extends B {\n"
                + "    int a;\n\n    int b;\n}\n");
    }
}
