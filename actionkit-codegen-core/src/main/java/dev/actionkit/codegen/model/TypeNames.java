package dev.actionkit.codegen.model;

import dev.actionkit.codegen.naming.Identifiers;
import dev.actionkit.codegen.naming.JavaNames;
import dev.actionkit.codegen.naming.NameAllocator;
import dev.actionkit.codegen.schema.NestedType;
import dev.actionkit.codegen.schema.NormalizedSchema;
import dev.actionkit.runtime.catalog.ActionDefinition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names every generated type of a package at once, ignoring case (type names are file names):
 * integration classes first, then parameter classes, then nested classes and enums, each kind
 * in the order of its sort key, so that no name depends on processing order.
 */
final class TypeNames {

    private TypeNames() {}

    /** Assigns every nested type its name and returns integration key to class name. */
    static Map<String, String> assign(String packageName, Map<String, String> accessors,
            Map<String, List<ActionDefinition>> selected, Map<String, NormalizedSchema> schemas) {
        NameAllocator<String> names = new NameAllocator<String>(true, n -> false)
                .reserveAll(JavaNames.RESERVED_TYPES);
        accessors.forEach((key, accessor) -> {
            String name = Identifiers.upperCamel(accessor, "Integration") + "Actions";
            names.request("1\0" + key, name, name);
        });
        Map<String, NestedType> types = new HashMap<>();
        selected.values().forEach(actions -> actions.forEach(action -> {
            List<NestedType> nested = schemas.get(action.name()).types();
            for (int i = 0; i < nested.size(); i++) {
                String key = (i == 0 ? "2\0" : "3\0") + action.name() + "\0"
                        + nested.get(i).pointer()
                        + "\0" + i;
                types.put(key, nested.get(i));
                names.request(key, nested.get(i).preferredName(), nested.get(i).preferredName());
            }
        }));
        Map<String, String> granted = names.allocate(String::compareTo);
        Map<String, String> classNames = new HashMap<>();
        granted.forEach((key, name) -> {
            if (key.startsWith("1\0")) {
                classNames.put(key.substring(2), name);
            } else {
                types.get(key).assignName(packageName + "." + name);
            }
        });
        return classNames;
    }
}
