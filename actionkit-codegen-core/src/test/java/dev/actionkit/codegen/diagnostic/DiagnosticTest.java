package dev.actionkit.codegen.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A diagnostic renders as one printable line, whatever the catalog put in it")
class DiagnosticTest {

    @Test
    @DisplayName("line breaks, ANSI and C1 escapes, separators and bidi overrides are escaped")
    void escapesControlCharacters() {
        // given
        Diagnostic diagnostic = new Diagnostic(Severity.WARNING, "unknown-required-property",
                "slack/SLACK_X\r\n[INFO] BUILD SUCCESS#/required/1",
                "ghost\u001b[2J\u009b31m\u2028tab\there \u202eevil\u0000 é 😀 \\n kept");

        // when
        String line = diagnostic.line();

        // then
        assertThat(line).isEqualTo("[unknown-required-property] slack/SLACK_X\\r\\n[INFO] BUILD"
                + " SUCCESS#/required/1: ghost\\u001b[2J\\u009b31m\\u2028tab\\there \\u202eevil"
                + "\\u0000 é 😀 \\n kept");
        assertThat(diagnostic).hasToString("WARNING " + line);
        assertThat(Diagnostic.printable(line)).isEqualTo(line);
        assertThat(Diagnostic.printable("plain text")).isEqualTo("plain text");
    }
}
