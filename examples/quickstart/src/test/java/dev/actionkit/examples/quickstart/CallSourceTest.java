package dev.actionkit.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CallSourceTest {

    @Test
    @DisplayName("a lambda ends at the ')' or ',' closing its argument, not at one in a literal")
    void endOfArgument() {
        // given
        String source = "step(() -> f(\"a), b\", ')', g(1, 2)), note)";
        int start = source.indexOf("->") + 2;

        // when
        int end = CallSource.endOfArgument(source, start);

        // then
        assertThat(source.substring(start, end)).isEqualTo(" f(\"a), b\", ')', g(1, 2))");
    }

    @Test
    @DisplayName("a call written on several lines is printed on one, as a person writes it")
    void oneLine() {
        // given
        String text = " actions.salesforce()\n        .createRecordContact(\n"
                + "                Params.builder()\n                .lastName(\"L\")\n"
                + "                .build())\n";

        // when
        String line = CallSource.oneLine(text);

        // then
        assertThat(line).isEqualTo("actions.salesforce().createRecordContact(Params.builder()"
                + ".lastName(\"L\").build())");
        assertThat(CallSource.oneLine("f(\"a\",\n        o -> o.x(1))"))
                .isEqualTo("f(\"a\", o -> o.x(1))");
    }

    @Test
    @DisplayName("the lambda at a line of Tour's own source is found through the class path")
    void tourSource() {
        // when: the first step of Tour.run
        String firstStep = CallSource.lambdaAt(Tour.class, lineOf("transcript.step(() -> "
                + "actions.slack().sendMessage(\"#general\","));

        // then
        assertThat(firstStep).isEqualTo(
                "actions.slack().sendMessage(\"#general\", \"Hello from ActionKit Codegen!\")");
    }

    @Test
    @DisplayName("a type whose source is not on the class path fails saying so")
    void missingSource() {
        // when
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CallSource.lambdaAt(CallSourceTest.class, 1));

        // then
        assertThat(e).hasMessage("CallSourceTest.java is not on the class path beside"
                + " dev.actionkit.examples.quickstart.CallSourceTest: the quickstart's build"
                + " copies it there");
    }

    private static int lineOf(String text) {
        String source;
        try (var in = Tour.class.getResourceAsStream("Tour.java")) {
            source = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        java.util.List<String> lines = source.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("not in Tour.java: " + text);
    }
}
