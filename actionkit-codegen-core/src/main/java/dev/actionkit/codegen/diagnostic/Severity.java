package dev.actionkit.codegen.diagnostic;

/** How serious a {@link Diagnostic} is: only {@link #ERROR} stops a generation. */
public enum Severity {
    /** Generation went on, but the user should look: something was ignored or matched nothing. */
    WARNING,
    /** The catalog cannot be generated as asked; nothing is written. */
    ERROR
}
