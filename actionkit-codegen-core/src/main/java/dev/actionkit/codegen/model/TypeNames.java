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
 * in the order of its sort key, so that no name depends on processing order. Names longer than
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

    /** Assigns every nested type its name and returns integration key to class name. */
    static Map<String, String> assign(String packageName, Map<String, String> accessors,
            Map<String, List<ActionDefinition>> selected, Map<String, NormalizedSchema> schemas) {
        NameAllocator<String> names = new NameAllocator<String>(true, n -> false)
                .reserveAll(JavaNames.RESERVED_TYPES);
        accessors.forEach((key, accessor) -> {
            String name = Identifiers.shortened(
                    Identifiers.upperCamel(accessor, "Integration") + "Actions", MAX_LENGTH);
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
                String name = Identifiers.shortened(nested.get(i).preferredName(), MAX_LENGTH);
                names.request(key, name, name);
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
