package dev.actionkit.codegen.diagnostic;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown before anything is written when a catalog or request has {@link Severity#ERROR}
 * problems; the message lists every problem with its location, one per line.
 */
public final class CatalogProblemsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> problems;

    /** Creates the exception for the given problems (at least one). */
    public CatalogProblemsException(List<Diagnostic> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /** Throws for the errors among {@code diagnostics}, if there is any; else returns. */
    public static void throwIfErrors(List<Diagnostic> diagnostics) {
        List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) {
            throw new CatalogProblemsException(errors);
        }
    }

    /** Returns the problems, in a deterministic order. */
    public List<Diagnostic> problems() {
        return problems;
    }

    private static String message(List<Diagnostic> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems is empty");
        }
        return "The ActionKit catalog cannot be generated (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "):\n"
                + problems.stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
    }
}
