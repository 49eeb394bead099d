package dev.actionkit.codegen.diagnostic;

import dev.actionkit.runtime.catalog.ActionDefinition;
import java.util.Objects;

/**
 * One finding about a catalog or a request, with a stable tag and the place it was found.
 *
 * @param severity how serious it is
 * @param tag a stable kebab-case identifier, e.g. {@code unknown-required-property}
 * @param location {@code integration/ACTION_NAME#/json/pointer}, or a request element such as
 *     {@code includes/SLACK_*}
 * @param message what was found and what was done about it, in words
 */
public record Diagnostic(Severity severity, String tag, String location, String message) {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity == null");
        Objects.requireNonNull(tag, "tag == null");
        Objects.requireNonNull(location, "location == null");
        Objects.requireNonNull(message, "message == null");
    }

    /**
     * Returns a finding about a place in an action's parameter schema, located as
     * {@code integration/ACTION_NAME#pointer} (the one place that spells an action location).
     *
     * @param pointer a JSON pointer into the action's parameters, {@code ""} for the whole action
     */
    public static Diagnostic at(Severity severity, String tag, ActionDefinition action,
            String pointer, String message) {
        return new Diagnostic(severity, tag,
                action.integration() + "/" + action.name() + "#" + pointer, message);
    }

    /** Returns whether this finding stops a generation. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * Returns {@code [tag] location: message} as one printable line: catalog text in the
     * location and message cannot break the line or reach a terminal as a control sequence.
     */
    public String line() {
        return printable("[" + tag + "] " + location + ": " + message);
    }

    /** Returns the one-line form used in exception messages: the severity, then {@link #line()}. */
    @Override
    public String toString() {
        return severity + " " + line();
    }

    /**
     * Returns {@code text} with every control character (C0, DEL, C1), line or paragraph
     * separator and bidirectional override written as an escape: {@code \n}, {@code \r},
     * {@code \t} or {@code \u001b}. Other text, backslashes included, is kept, so applying it
     * twice changes nothing more.
     */
    public static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(c);
            if (escape != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                out.append(escape != null ? escape : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    private static String escape(char c) {
        switch (c) {
            case '\n': return "\\n";
            case '\r': return "\\r";
            case '\t': return "\\t";
            default:
                boolean hidden = Character.getType(c) == Character.CONTROL
                        || c == '\u2028' || c == '\u2029'
                        || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
                return hidden ? String.format("\\u%04x", (int) c) : null;
        }
    }
}
