package dev.actionkit.codegen;

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

    /** Returns the one-line form used in logs and exception messages. */
    @Override
    public String toString() {
        return severity + " [" + tag + "] " + location + ": " + message;
    }
}
