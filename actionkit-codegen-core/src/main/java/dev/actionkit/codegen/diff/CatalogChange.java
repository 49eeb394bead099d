package dev.actionkit.codegen.diff;

import java.util.Objects;

/**
 * One difference between two catalogs, with whether it breaks code generated from the older one.
 *
 * @param kind what changed
 * @param integration the integration key, e.g. {@code slack}
 * @param action the action name, or {@code ""} for an integration change
 * @param parameter the top-level parameter name, or {@code ""} for an action or integration
 * @param detail what else the reader needs: the actions of an added integration, the old and
 *     new type, or {@code ""}
 * @param breaking true when callers of the generated code can stop compiling or working
 */
public record CatalogChange(
        Kind kind, String integration, String action, String parameter, String detail,
        boolean breaking) {

    /** The kinds of change, in the order a report lists them. */
    public enum Kind {
        /** An integration appeared; never breaking. */
        INTEGRATION_ADDED,
        /** An integration and all its actions disappeared; breaking. */
        INTEGRATION_REMOVED,
        /** An action appeared in an existing integration; never breaking. */
        ACTION_ADDED,
        /** An action disappeared from an integration that remains; breaking. */
        ACTION_REMOVED,
        /** A parameter appeared; breaking only when it is required at once. */
        PARAMETER_ADDED,
        /** A parameter disappeared; breaking. */
        PARAMETER_REMOVED,
        /** An optional parameter became required; breaking. */
        PARAMETER_NOW_REQUIRED,
        /** A required parameter became optional; not breaking. */
        PARAMETER_NOW_OPTIONAL,
        /** A parameter's type changed; breaking. */
        TYPE_CHANGED
    }

    public CatalogChange {
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(integration, "integration == null");
        Objects.requireNonNull(action, "action == null");
        Objects.requireNonNull(parameter, "parameter == null");
        Objects.requireNonNull(detail, "detail == null");
    }

    /**
     * Returns one line for a build log, e.g. {@code action SLACK_SEND_MESSAGE removed from
     * 'slack'} or {@code parameter SLACK_SEND_MESSAGE.channel changed type: string -> integer}.
     */
    public String describe() {
        String where = action + "." + parameter;
        return switch (kind) {
            case INTEGRATION_ADDED -> "integration '" + integration + "' added (" + detail + ")";
            case INTEGRATION_REMOVED ->
                    "integration '" + integration + "' removed (" + detail + ")";
            case ACTION_ADDED -> "action " + action + " added to '" + integration + "'";
            case ACTION_REMOVED -> "action " + action + " removed from '" + integration + "'";
            case PARAMETER_ADDED -> "parameter " + where + " added"
                    + (breaking ? " as required" : "");
            case PARAMETER_REMOVED -> "parameter " + where + " removed";
            case PARAMETER_NOW_REQUIRED -> "parameter " + where + " is now required";
            case PARAMETER_NOW_OPTIONAL -> "parameter " + where + " is now optional";
            case TYPE_CHANGED -> "parameter " + where + " changed type: " + detail;
        };
    }
}
