package dev.actionkit.codegen.model;

import com.palantir.javapoet.ClassName;
import dev.actionkit.codegen.naming.Identifiers;
import dev.actionkit.codegen.naming.JavaNames;
import dev.actionkit.codegen.naming.NameAllocator;
import dev.actionkit.codegen.schema.NormalizedSchema;
import dev.actionkit.codegen.schema.TypeRequest;
import dev.actionkit.runtime.catalog.ActionDefinition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names every generated type of a package at once, ignoring case (type names are file names):
 * integration classes first, then parameter classes, then nested classes and enums, then the
 * types no class is generated from ({@link TypeRequest#generated}), each kind in the order of
 * its sort key, so that no name depends on processing order. Names longer than
 * {@value #MAX_LENGTH} characters lose their middle (see {@link Identifiers#shortened}).
 */
final class TypeNames {

    /**
     * The longest type name asked for. A type name is also a file name, and file systems
     * commonly allow 255 bytes: this leaves room for a collision number and for
     * {@code $Builder.class}. Real catalogs stay far below it (the longest of the 1,180 Klavis
     * actions gives 67 characters).
     */
    static final int MAX_LENGTH = 128;

    private TypeNames() {}

    /**
     * The decided names: integration key to its class, and action name to the classes of its
     * {@link NormalizedSchema#types()}, index for index (the parameter class first).
     */
    record Decided(Map<String, ClassName> integrations, Map<String, List<ClassName>> actions) {}

    /** Names every integration class and every type an action's schema asks for. */
    static Decided assign(String packageName, Map<String, String> accessors,
            Map<String, List<ActionDefinition>> selected, Map<String, NormalizedSchema> schemas) {
        NameAllocator<String> names = new NameAllocator<String>(true, n -> false)
                .reserveAll(JavaNames.RESERVED_TYPES);
        accessors.forEach((key, accessor) -> {
            String name = Identifiers.shortened(
                    Identifiers.upperCamel(accessor, "Integration") + "Actions", MAX_LENGTH);
            names.request("1\0" + key, name, name);
        });
        Map<String, ActionDefinition> actionsByKey = new HashMap<>();
        selected.values().forEach(actions -> actions.forEach(action -> {
            for (TypeRequest type : schemas.get(action.name()).types()) {
                String kind = type.index() == 0 ? "2\0" : type.generated() ? "3\0" : "4\0";
                String key = kind + action.name() + "\0" + type.pointer() + "\0" + type.index();
                actionsByKey.put(key, action);
                String name = Identifiers.shortened(type.preferredName(), MAX_LENGTH);
                names.request(key, name, name);
            }
        }));
        Map<String, ClassName> integrations = new HashMap<>();
        Map<String, ClassName[]> types = new HashMap<>();
        names.allocate(String::compareTo).forEach((key, name) -> {
            ClassName className = ClassName.get(packageName, name);
            if (key.startsWith("1\0")) {
                integrations.put(key.substring(2), className);
            } else {
                String action = actionsByKey.get(key).name();
                int index = Integer.parseInt(key.substring(key.lastIndexOf('\0') + 1));
                types.computeIfAbsent(action, a -> new ClassName[schemas.get(a).types().size()])
                        [index] = className;
            }
        });
        Map<String, List<ClassName>> actions = new HashMap<>();
        types.forEach((action, classes) -> actions.put(action, List.of(classes)));
        return new Decided(integrations, actions);
    }
}
