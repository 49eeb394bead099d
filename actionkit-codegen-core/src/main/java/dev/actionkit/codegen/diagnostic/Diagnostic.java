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

    /** Returns the one-line form used in logs and exception messages. */
    @Override
    public String toString() {
        return severity + " [" + tag + "] " + location + ": " + message;
    }
}
