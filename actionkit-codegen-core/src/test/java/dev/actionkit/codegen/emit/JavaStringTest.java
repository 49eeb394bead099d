package dev.actionkit.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.codemodel.JExpr;
import com.sun.codemodel.JExpression;
import com.sun.codemodel.JFormatter;
import java.io.StringWriter;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("String literals are quoted exactly as codemodel quotes them")
class JavaStringTest {

    static Stream<Arguments> examples() {
        return Stream.of(
                // named escapes, the single quote as it is, control chars, DEL and non-ASCII
                // as lower-case backslash-u escapes
                Arguments.of("a\"b\\c'd\b\t\n\f\r\u0000\u001f\u007f\u00e9\u2028\uffff",
                        "\"a\\\"b\\\\c'd\\b\\t\\n\\f\\r\\u0000\\u001f\\u007f"
                                + "\\u00e9\\u2028\\uffff\""),
                // surrogate pairs and lone surrogates, char by char
                Arguments.of("\ud83d\ude00 \ud800 \udc00",
                        "\"\\ud83d\\ude00 \\ud800 \\udc00\""),
                // a comment end, a backslash-u sequence and CRLF stay inert
                Arguments.of("*/ class X {} \\u0022 line\r\nnext",
                        "\"*/ class X {} \\\\u0022 line\\r\\nnext\""),
                Arguments.of("", "\"\""));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("examples")
    @DisplayName("named escapes, control chars, non-ASCII, surrogates, comment ends, "
            + "backslash-u text, CRLF and the empty string give the exact literal")
    void exactOutput(String value, String expected) {
        assertThat(JavaString.quote(value)).isEqualTo(expected);
    }

    @Test
    @DisplayName("every one of the 65,536 chars is quoted as codemodel quotes it")
    void everyChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            // given
            String value = "x" + (char) c + "y";
            // when
            String quoted = JavaString.quote(value);
            // then
            assertThat(quoted).as("char %04x", c).isEqualTo(JExpr.quotify('"', value));
        }
    }

    @Test
    @DisplayName("random strings over all chars are quoted as codemodel quotes them")
    void randomStrings() {
        Random random = new Random(13);
        for (int n = 0; n < 2_000; n++) {
            // given
            StringBuilder value = new StringBuilder();
            int length = random.nextInt(200);
            for (int i = 0; i < length; i++) {
                value.append(random.nextBoolean() ? (char) (32 + random.nextInt(96))
                        : (char) random.nextInt(Character.MAX_VALUE + 1));
            }
            // when
            String quoted = JavaString.quote(value.toString());
            // then
            assertThat(quoted).isEqualTo(JExpr.quotify('"', value.toString()));
        }
    }

    @Test
    @DisplayName("the literal prints through codemodel's formatter as JExpr.lit does")
    void formatsAsCodemodel() {
        // given
        String value = "{\"type\":\"object\",\"description\":\"caf\u00e9\"}";
        // when
        String ours = format(JavaString.literal(value));
        // then
        assertThat(ours).isEqualTo(format(JExpr.lit(value)));
    }

    private static String format(JExpression expression) {
        StringWriter out = new StringWriter();
        new JFormatter(out).g(expression);
        return out.toString();
    }
}
