package dev.actionkit.maven.problem;

/**
 * An expected problem that stops the build: no catalog, no token, a rejected token, an unknown
 * project, an unreachable server, a malformed catalog, breaking changes. The message says what
 * went wrong and what to do; the mojo turns it into a {@code MojoFailureException}. It never
 * contains a token.
 */
public final class BuildFailure extends Exception {

    private static final long serialVersionUID = 1L;

    /** A failure with an actionable message. */
    public BuildFailure(String message) {
        super(message);
    }

    /** A failure with an actionable message and the exception behind it. */
    public BuildFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
