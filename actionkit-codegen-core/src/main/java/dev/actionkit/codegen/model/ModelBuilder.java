package dev.actionkit.codegen.model;

import dev.actionkit.codegen.CatalogProblemsException;
import dev.actionkit.codegen.Diagnostic;
import dev.actionkit.codegen.GenerationRequest;
import dev.actionkit.codegen.Severity;
import dev.actionkit.codegen.naming.Identifiers;
import dev.actionkit.codegen.naming.JavaNames;
import dev.actionkit.codegen.naming.NameAllocator;
import dev.actionkit.codegen.schema.NormalizedSchema;
import dev.actionkit.codegen.schema.SchemaNormalizer;
import dev.actionkit.codegen.schema.Utf16;
import dev.actionkit.runtime.catalog.ActionDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;

/**
 * Links a request into a {@link CatalogModel}: selects the actions, validates them, normalizes
 * every schema (in parallel) and decides every name, in that order. Throws
 * {@link CatalogProblemsException} with every problem found when there is any error.
 */
public final class ModelBuilder {

    private final GenerationRequest request;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private ModelBuilder(GenerationRequest request) {
        this.request = request;
    }

    /** Builds the model of a request; normalization runs on {@code pool}. */
    public static CatalogModel build(GenerationRequest request, ExecutorService pool) {
        return new ModelBuilder(request).build(pool);
    }

    private CatalogModel build(ExecutorService pool) {
        Map<String, List<ActionDefinition>> selected = DuplicateListings.resolve(
                Selector.select(request.catalog(), request.selection(), diagnostics::add),
                diagnostics::add);
        List<ActionDefinition> actions = new ArrayList<>();
        selected.values().forEach(actions::addAll);
        actions.forEach(this::checkSendable);
        if (diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
            throw new CatalogProblemsException(diagnostics.stream()
                    .filter(d -> d.severity() == Severity.ERROR).toList());
        }
        Map<String, Set<String>> optional = OptionalParameters.parse(
                request.optionalParameters(), actions, diagnostics::add);
        List<Normalized> normalized = Parallel.map(actions, action -> normalize(action, optional),
                pool);
        normalized.forEach(n -> diagnostics.addAll(n.diagnostics()));
        List<Diagnostic> errors = diagnostics.stream()
                .filter(d -> d.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new CatalogProblemsException(errors);
        }
        Map<String, NormalizedSchema> schemas = new HashMap<>();
        normalized.forEach(n -> schemas.put(n.action().name(), n.schema()));
        return new CatalogModel(request.packageName(), name(selected, schemas), diagnostics);
    }

    /**
     * Reports an action name with a lone surrogate: it cannot be sent as UTF-8 JSON, and
     * generated code would have to run an action of another name.
     */
    private void checkSendable(ActionDefinition action) {
        String loneSurrogates = Utf16.describeLoneSurrogates(action.name());
        if (!loneSurrogates.isEmpty()) {
            diagnostics.add(new Diagnostic(Severity.ERROR, "unsendable-action-name",
                    action.integration() + "/" + action.name() + "#", "the action name has a "
                    + "lone surrogate (" + loneSurrogates + "), so it cannot be sent as UTF-8"
                    + " JSON; exclude the action with excludes"));
        }
    }

    private record Normalized(ActionDefinition action, NormalizedSchema schema,
            List<Diagnostic> diagnostics) {}

    private static Normalized normalize(ActionDefinition action,
            Map<String, Set<String>> optional) {
        List<Diagnostic> found = new ArrayList<>();
        NormalizedSchema schema = SchemaNormalizer.normalize(action,
                optional.getOrDefault(action.name(), Set.of()), found::add);
        return new Normalized(action, schema, found);
    }

    private List<IntegrationModel> name(Map<String, List<ActionDefinition>> selected,
            Map<String, NormalizedSchema> schemas) {
        Map<String, IntegrationPrefix> prefixes = new LinkedHashMap<>();
        selected.forEach((key, actions) -> prefixes.put(key, IntegrationPrefix.of(key, actions)));
        NameAllocator<String> accessors = new NameAllocator<String>(false, ModelBuilder::forbidden)
                .reserve("descriptors");
        prefixes.forEach((key, prefix) -> accessors.request(key, key,
                Identifiers.lowerCamel(prefix.nameBase(key), "integration")));
        Map<String, String> accessorNames = accessors.allocate(String::compareTo);
        Map<String, String> classNames = TypeNames.assign(request.packageName(), accessorNames,
                selected, schemas);
        List<IntegrationModel> integrations = new ArrayList<>();
        selected.forEach((key, actions) -> {
            Map<String, String> methods = methodNames(prefixes.get(key), actions);
            List<ActionModel> models = actions.stream().map(a -> new ActionModel(a,
                    methods.get(a.name()), schemas.get(a.name()))).toList();
            integrations.add(new IntegrationModel(key, accessorNames.get(key),
                    classNames.get(key), models));
        });
        return integrations;
    }

    private static Map<String, String> methodNames(IntegrationPrefix prefix,
            List<ActionDefinition> actions) {
        NameAllocator<String> methods = new NameAllocator<String>(false, ModelBuilder::forbidden)
                .withCompanion("Async").reserve("descriptors").reserve("client");
        actions.forEach(a -> methods.request(a.name(), a.name(),
                Identifiers.lowerCamel(prefix.strip(a.name()), "action")));
        return methods.allocate(String::compareTo);
    }

    static boolean forbidden(String name) {
        return JavaNames.isKeyword(name) || JavaNames.OBJECT_METHODS.contains(name);
    }
}
