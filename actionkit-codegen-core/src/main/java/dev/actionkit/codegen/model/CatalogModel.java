package dev.actionkit.codegen.model;

import dev.actionkit.codegen.diagnostic.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * A selected catalog, validated and named: the input of every emitter.
 *
 * @param packageName the package of every generated type
 * @param integrations the integrations, sorted by key
 * @param diagnostics every finding below {@code ERROR}, in a deterministic order
 */
public record CatalogModel(String packageName, List<IntegrationModel> integrations,
        List<Diagnostic> diagnostics) {

    public CatalogModel {
        Objects.requireNonNull(packageName, "packageName == null");
        integrations = List.copyOf(integrations);
        diagnostics = List.copyOf(diagnostics);
    }

    /** Returns the number of actions. */
    public int actionCount() {
        return integrations.stream().mapToInt(i -> i.actions().size()).sum();
    }
}
