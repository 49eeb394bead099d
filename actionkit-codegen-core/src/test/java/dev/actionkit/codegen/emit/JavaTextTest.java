package dev.actionkit.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
        assertThat(tidy).isEqualTo("@JsonPropertyOrder({\"a,\", \"b\"})\n"
                + "public class A extends B {\n    int a;\n\n    int b;\n}\n");
    }

    static Stream<Arguments> edges() {
        return Stream.of(
                // CRLF ends a line like LF, a lone CR stays in its line, star lines with
                // blanks around go
                Arguments.of("class A {\r\n  \t*  \r\n    int a;\r\r\n    /**\r\n"
                        + "     * x\r\n     */\r\n    int b;\r}",
                        "class A {\n    int a;\r\n    /** x */\n    int b;\r}"),
                // an annotation array never closed and a Javadoc at the end stay as they are
                Arguments.of("@A({\n    \"a\",\n\n    /**", "@A({\n    \"a\",\n\n    /**"));
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("edges")
    @DisplayName("line ends (CRLF, lone CR), blank-padded star lines, an unclosed annotation "
            + "array and a Javadoc at the end")
    void edges(String text, String expected) {
        assertThat(JavaText.tidy(text)).isEqualTo(expected);
    }

    @Test
    @DisplayName("the tidied text is appended after what the builder already holds")
    void appends() {
        // given
        StringBuilder out = new StringBuilder("// header\n");
        // when
        JavaText.tidy("class A {\n\n}\n", out);
        // then
        assertThat(out).hasToString("// header\nclass A {\n}\n");
    }

    @Test
    @DisplayName("on random texts of tricky lines the one pass gives what the former line-list "
            + "tidy gave")
    void matchesFormerTidy() {
        List<String> pieces = List.of("", " ", "\t", "*", "  *  ", "* x", "  * x", "/**",
                "    /**", "*/", "    */", " * a */", "{", "}", "  {", "  }", "@A({", "  @B({",
                "})", "  })", "\"a\",", "\"b\"", ",", "extends B", " implements C, D",
                "extends", "class A", "int a;", "\u2003", "\u2003x\u2003", "\u00a0",
                "\u001f{", "x\r", "\r", "\ud83d\ude00 {", "/** */", "// */");
        List<String> ends = List.of("\n", "\n", "\n", "\r\n", "\r");
        Random random = new Random(13);
        for (int n = 0; n < 20_000; n++) {
            // given
            StringBuilder text = new StringBuilder();
            int count = random.nextInt(12);
            for (int i = 0; i < count; i++) {
                text.append(pieces.get(random.nextInt(pieces.size())))
                        .append(ends.get(random.nextInt(ends.size())));
            }
            if (random.nextBoolean()) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            // when
            String tidy = JavaText.tidy(text.toString());
            // then
            assertThat(tidy).as("text %s", text.toString().replace("\n", "\\n"))
                    .isEqualTo(JavaTextReference.tidy(text.toString()));
        }
    }
}
