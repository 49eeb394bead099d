package dev.actionkit.codegen;

import dev.actionkit.codegen.diagnostic.Diagnostic;

/** Receives every diagnostic of a generation as it is reported; the Maven plugin logs them. */
@FunctionalInterface
public interface GenerationListener {

    /** Receives one diagnostic; called from the generating thread, in a deterministic order. */
    void report(Diagnostic diagnostic);

    /** Returns a listener that ignores everything. */
    static GenerationListener ignoring() {
        return diagnostic -> { };
    }
}
