package dev.actionkit.codegen;

import dev.actionkit.codegen.diagnostic.Diagnostic;
import dev.actionkit.codegen.diagnostic.Severity;
import java.util.List;
import java.util.Objects;

/**
 * What a generation did.
 *
 * @param integrations the number of integrations generated
 * @param actions the number of actions generated
 * @param filesWritten files created or rewritten because their content changed
 * @param filesUnchanged files left untouched because their content was already right
 * @param filesDeleted files of an earlier generation that no longer belong, deleted
 * @param warnings every {@link Severity#WARNING} reported, in order
 */
public record GenerationResult(int integrations, int actions, int filesWritten,
        int filesUnchanged, int filesDeleted, List<Diagnostic> warnings) {

    public GenerationResult {
        Objects.requireNonNull(warnings, "warnings == null");
        warnings = List.copyOf(warnings);
    }
}
