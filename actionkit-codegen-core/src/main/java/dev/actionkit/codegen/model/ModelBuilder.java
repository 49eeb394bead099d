package dev.actionkit.codegen.model;

import com.palantir.javapoet.ClassName;
import dev.actionkit.codegen.diagnostic.CatalogProblemsException;
import dev.actionkit.codegen.diagnostic.Diagnostic;
import dev.actionkit.codegen.diagnostic.Severity;
import dev.actionkit.codegen.naming.Identifiers;
import dev.actionkit.codegen.naming.JavaNames;
import dev.actionkit.codegen.naming.NameAllocator;
import dev.actionkit.codegen.schema.NormalizedSchema;
import dev.actionkit.codegen.schema.Parameter;
import dev.actionkit.codegen.schema.SchemaNormalizer;
import dev.actionkit.codegen.schema.Utf16;
import dev.actionkit.runtime.catalog.ActionCatalog;
import dev.actionkit.runtime.catalog.ActionDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;

/**
 * Links a catalog into a {@link CatalogModel}: selects the actions, validates them, normalizes
 * every schema (in parallel), decides every name and then every parameter's Java type, in that
 * order (type and accessor names for the whole catalog at once, method names and types per
 * integration in parallel). Throws {@link CatalogProblemsException} with every problem found
 * when there is any error.
 */
public final class ModelBuilder {

    private final String packageName;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private ModelBuilder(String packageName) {
        this.packageName = packageName;
    }

    /**
     * Builds the model of the selected actions of {@code catalog}; normalization and the naming
     * and typing of each integration's actions run on {@code pool}.
     *
     * @param packageName the package of every generated type
     * @param optionalParameters {@code ACTION_NAME.wireName} required parameters to treat as
     *     optional
     */
    public static CatalogModel build(ActionCatalog catalog, Selection selection,
            Set<String> optionalParameters, String packageName, ExecutorService pool) {
        return new ModelBuilder(packageName).build(catalog, selection, optionalParameters, pool);
    }

    private CatalogModel build(ActionCatalog catalog, Selection selection,
            Set<String> optionalParameters, ExecutorService pool) {
        Map<String, List<ActionDefinition>> selected = DuplicateListings.resolve(
                Selector.select(catalog, selection, diagnostics::add), diagnostics::add);
        List<ActionDefinition> actions = new ArrayList<>();
        selected.values().forEach(actions::addAll);
        actions.forEach(this::checkSendable);
        CatalogProblemsException.throwIfErrors(diagnostics);
        Map<String, Set<String>> optional = OptionalParameters.parse(optionalParameters, actions,
                diagnostics::add);
        List<Normalized> normalized = Parallel.map(actions, action -> normalize(action, optional),
                pool);
        normalized.forEach(n -> diagnostics.addAll(n.diagnostics()));
        CatalogProblemsException.throwIfErrors(diagnostics);
        Map<String, NormalizedSchema> schemas = new HashMap<>();
        normalized.forEach(n -> schemas.put(n.action().name(), n.schema()));
        return new CatalogModel(packageName, name(selected, schemas, pool), diagnostics);
    }

    /**
     * Reports an action name with a lone surrogate: it cannot be sent as UTF-8 JSON, and
     * generated code would have to run an action of another name.
     */
    private void checkSendable(ActionDefinition action) {
        String loneSurrogates = Utf16.describeLoneSurrogates(action.name());
        if (!loneSurrogates.isEmpty()) {
            diagnostics.add(Diagnostic.at(Severity.ERROR, "unsendable-action-name", action, "",
                    "the action name has a lone surrogate (" + loneSurrogates + "), so it cannot"
                    + " be sent as UTF-8 JSON; exclude the action with excludes"));
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
            Map<String, NormalizedSchema> schemas, ExecutorService pool) {
        List<String> keys = new ArrayList<>(selected.keySet());
        List<IntegrationPrefix> found = Parallel.map(keys,
                key -> IntegrationPrefix.of(key, selected.get(key)), pool);
        Map<String, IntegrationPrefix> prefixes = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            prefixes.put(keys.get(i), found.get(i));
        }
        NameAllocator<String> accessors = new NameAllocator<String>(false,
                JavaNames::isForbiddenMember).reserve("descriptors");
        prefixes.forEach((key, prefix) -> accessors.request(key, key,
                Identifiers.lowerCamel(prefix.nameBase(key), "integration")));
        Map<String, String> accessorNames = accessors.allocate(String::compareTo);
        TypeNames.Decided types = TypeNames.assign(packageName, accessorNames, selected, schemas);
        return Parallel.map(keys, key -> {
            List<ActionDefinition> actions = selected.get(key);
            Map<String, String> methods = methodNames(prefixes.get(key), actions);
            List<ActionModel> models = actions.stream().map(a -> typed(a, methods.get(a.name()),
                    schemas.get(a.name()), types.actions().get(a.name()))).toList();
            return new IntegrationModel(key, accessorNames.get(key),
                    types.integrations().get(key), models);
        }, pool);
    }

    private static ActionModel typed(ActionDefinition action, String methodName,
            NormalizedSchema schema, List<ClassName> classes) {
        List<ParameterModel> parameters = new ArrayList<>();
        for (Parameter p : schema.parameters()) {
            parameters.add(new ParameterModel(p.wireName(), p.javaName(), p.required(),
                    p.description(), JavaTypes.of(schema.root().path("properties")
                            .path(p.javaName()), classes)));
        }
        return new ActionModel(action, methodName, schema, classes, parameters);
    }

    private static Map<String, String> methodNames(IntegrationPrefix prefix,
            List<ActionDefinition> actions) {
        NameAllocator<String> methods = new NameAllocator<String>(false,
                JavaNames::isForbiddenMember).withCompanion("Async").reserve("descriptors")
                .reserve("client");
        actions.forEach(a -> methods.request(a.name(), a.name(),
                Identifiers.lowerCamel(prefix.strip(a.name()), "action")));
        return methods.allocate(String::compareTo);
    }
}
