package dev.actionkit.codegen.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.actionkit.codegen.diagnostic.Diagnostic;
import dev.actionkit.codegen.diagnostic.Severity;
import dev.actionkit.codegen.naming.Identifiers;
import dev.actionkit.codegen.naming.JavaNames;
import dev.actionkit.codegen.naming.NameAllocator;
import dev.actionkit.runtime.catalog.ActionDefinition;
import dev.actionkit.runtime.catalog.CatalogJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Rewrites one action's parameter schema into a {@link NormalizedSchema}: the one place where
 * every type-mapping decision is made (see {@code docs/GENERATED-API.md}). Pure: reads the
 * schema once, never modifies it, reports findings through a callback.
 */
public final class SchemaNormalizer {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ActionDefinition action;
    private final JsonNode schemaRoot;
    private final String typePrefix;
    private final Consumer<Diagnostic> reporter;
    private final List<TypeRequest> types = new ArrayList<>();
    private final Map<String, TypeRequest> byRef = new HashMap<>();
    private final Set<String> refsInProgress = new HashSet<>();
    /** How deep inside extra-property value schemas normalizing is (see {@link #extraValues}). */
    private int inExtraValues;
    private final TypeShapes shapes;
    private final Composition composition;

    private SchemaNormalizer(ActionDefinition action, Consumer<Diagnostic> reporter) {
        this.action = action;
        this.schemaRoot = action.parametersView();
        this.typePrefix = Identifiers.upperCamel(action.name(), "Action");
        this.reporter = reporter;
        this.shapes = new TypeShapes(this);
        this.composition = new Composition(schemaRoot, this);
    }

    /**
     * Normalizes an action's schema.
     *
     * @param action the action, its schema read through {@link ActionDefinition#parametersView()}
     * @param optionalWireNames required top-level parameters to treat as optional
     * @param reporter receives warnings, e.g. {@code unknown-required-property}
     */
    public static NormalizedSchema normalize(ActionDefinition action, Set<String> optionalWireNames,
            Consumer<Diagnostic> reporter) {
        return new SchemaNormalizer(action, reporter).root(optionalWireNames);
    }

    private NormalizedSchema root(Set<String> optionalWireNames) {
        JsonNode schema = composition.applies(schemaRoot) ? composition.merge(schemaRoot, "")
                : schemaRoot;
        if (!isObjectSchema(schema)) {
            warn("parameters-not-object", "", "the parameters schema is not an object schema; "
                    + "the action gets a parameter class without declared properties");
            schema = JSON.objectNode();
        }
        ObjectNode out = JSON.objectNode().put("type", "object");
        request(typePrefix + "Params", "", out);
        List<String> required = requiredList(schema, "", optionalWireNames);
        Map<String, String> javaNames = properties(schema, "", out, required);
        out.put("additionalProperties", true);
        List<Parameter> parameters = new ArrayList<>();
        JsonNode properties = out.path("properties");
        for (String wire : required) {
            parameters.add(parameter(wire, javaNames.get(wire), true, properties));
        }
        javaNames.forEach((wire, javaName) -> {
            if (!required.contains(wire)) {
                parameters.add(parameter(wire, javaName, false, properties));
            }
        });
        return new NormalizedSchema(out, parameters, types);
    }

    private static Parameter parameter(String wire, String javaName, boolean required,
            JsonNode properties) {
        return new Parameter(wire, javaName, required,
                properties.path(javaName).path("description").asText(""));
    }

    private static boolean isObjectSchema(JsonNode schema) {
        if (!schema.isObject()) {
            return false;
        }
        JsonNode type = schema.get("type");
        if (type == null) {
            return !schema.has("anyOf") && !schema.has("oneOf") && !schema.has("$ref");
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.asText().equals("object")) {
                    return true;
                }
            }
        }
        return type.asText().equals("object");
    }

    /** Returns the required wire names that exist, in {@code required} order, minus overrides. */
    private List<String> requiredList(JsonNode schema, String pointer, Set<String> optional) {
        JsonNode properties = schema.path("properties");
        Set<String> required = new LinkedHashSet<>();
        JsonNode list = schema.path("required");
        if (!list.isArray()) {
            if (!list.isMissingNode()) {
                warn("unknown-required-property", pointer + "/required",
                        "required is not an array; ignored");
            }
            return List.of();
        }
        for (int i = 0; i < list.size(); i++) {
            String wire = list.get(i).asText();
            if (wire.isEmpty() && properties.has(wire)) {
                continue;
            }
            if (!list.get(i).isTextual() || !properties.has(wire)) {
                warn("unknown-required-property", pointer + "/required/" + i, "required names \""
                        + wire + "\", which is not a property; ignored");
            } else if (!optional.contains(wire)) {
                required.add(wire);
            }
        }
        return new ArrayList<>(required);
    }

    /** Normalizes {@code properties} into {@code out}; returns wire name to Java name. */
    private Map<String, String> properties(JsonNode schema, String pointer, ObjectNode out,
            List<String> required) {
        JsonNode properties = schema.path("properties");
        NameAllocator<String> names = new NameAllocator<>(false, JavaNames::isForbiddenMember);
        names.reserveAll(JavaNames.BUILDER_MEMBERS);
        properties.fieldNames().forEachRemaining(wire -> {
            if (wire.isEmpty()) {
                warn("unrepresentable-property-name", pointer + "/properties/", "Jackson cannot "
                        + "declare a property named \"\"; send it with additionalProperty(\"\", "
                        + "value)");
            } else {
                names.request(wire, wire, Identifiers.lowerCamel(wire, "property"));
            }
        });
        Map<String, String> javaNames = names.allocate(String::compareTo);
        ObjectNode outProperties = out.putObject("properties");
        javaNames.forEach((wire, javaName) -> {
            String childPointer = composition.origin(properties.get(wire),
                    pointer + "/properties/" + CatalogJson.escapePointer(wire));
            String hint = hintFor(pointer) + Identifiers.upperCamel(wire, "Property");
            ObjectNode property = normalize(properties.get(wire), childPointer, hint);
            property.put(NormalizedSchema.WIRE_NAME, Utf16.wellFormed(wire));
            if (Nullability.of(properties.get(wire))) {
                property.put(NormalizedSchema.NULLABLE, true);
            }
            outProperties.set(javaName, property);
        });
        ArrayNode outRequired = out.putArray("required");
        required.forEach(wire -> outRequired.add(javaNames.get(wire)));
        return javaNames;
    }

    private String hintFor(String pointer) {
        for (TypeRequest type : types) {
            if (type.pointer().equals(pointer)) {
                String name = type.preferredName();
                return name.endsWith("Params") && pointer.isEmpty()
                        ? name.substring(0, name.length() - "Params".length()) : name;
            }
        }
        return typePrefix;
    }

    /** Normalizes any schema; never returns a node shared with another call. */
    ObjectNode normalize(JsonNode node, String pointer, String hint) {
        ObjectNode out;
        if (!node.isObject()) {
            out = TypeShapes.anyJson();
        } else if (node.has("$ref")) {
            out = reference(node.get("$ref").asText(), pointer);
        } else {
            out = shapes.shape(node, pointer, hint);
        }
        String description = JavadocText.escape(node.path("description").asText(""));
        if (!description.isEmpty()) {
            out.put("description", description);
        }
        return out;
    }

    /** Normalizes an object schema that has properties into a named class. */
    ObjectNode objectClass(JsonNode node, String pointer, String hint) {
        ObjectNode out = JSON.objectNode().put("type", "object");
        request(hint, pointer, out);
        properties(node, pointer, out, requiredList(node, pointer, Set.of()));
        out.set("additionalProperties", Extras.normalized(node, pointer, hint, this));
        return out;
    }

    /**
     * Normalizes the value schema of a class's extra properties. No class is generated from it
     * (extra values are typed {@code Object}, {@code String} or {@code Boolean}), so a
     * {@code $ref} met first here does not become the definition that later uses of the same
     * target refer to: the next use defines the type, where a class is generated.
     */
    ObjectNode extraValues(JsonNode node, String pointer, String hint) {
        inExtraValues++;
        try {
            return normalize(node, pointer, hint);
        } finally {
            inExtraValues--;
        }
    }

    Composition composition() {
        return composition;
    }

    /** Registers an enum node as a named type. */
    void namedEnum(ObjectNode out, String pointer, String hint) {
        request(hint, pointer, out);
    }

    private void request(String hint, String pointer, ObjectNode definition) {
        definition.put(NormalizedSchema.TYPE, types.size());
        types.add(new TypeRequest(hint, pointer, types.size(), inExtraValues == 0));
    }

    private ObjectNode reference(String ref, String pointer) {
        if (!ref.startsWith("#")) {
            warn("unresolved-ref", pointer + "/$ref", "only local references are followed, \""
                    + ref + "\" is mapped to a JSON value");
            return TypeShapes.anyJson();
        }
        String targetPointer = ref.substring(1);
        if (!targetPointer.isEmpty() && !targetPointer.startsWith("/")) {
            warn("unresolved-ref", pointer + "/$ref", "\"" + ref + "\" names an anchor, not "
                    + "a JSON pointer; anchors are not followed, it is mapped to a JSON value");
            return TypeShapes.anyJson();
        }
        JsonNode target = schemaRoot.at(targetPointer);
        if (target.isMissingNode()) {
            warn("unresolved-ref", pointer + "/$ref", "\"" + ref
                    + "\" points at nothing; mapped to a JSON value");
            return TypeShapes.anyJson();
        }
        if (refsInProgress.contains(targetPointer) || targetPointer.isEmpty()) {
            return TypeShapes.anyJson();
        }
        TypeRequest known = byRef.get(targetPointer);
        if (known != null) {
            return JSON.objectNode().put(NormalizedSchema.TYPE_REF, known.index());
        }
        refsInProgress.add(targetPointer);
        int before = types.size();
        String name = lastSegment(targetPointer);
        ObjectNode out = normalize(target, targetPointer,
                typePrefix + Identifiers.upperCamel(name, "Definition"));
        refsInProgress.remove(targetPointer);
        if (inExtraValues == 0 && out.has(NormalizedSchema.TYPE)
                && out.get(NormalizedSchema.TYPE).asInt() >= before) {
            byRef.put(targetPointer, types.get(out.get(NormalizedSchema.TYPE).asInt()));
        }
        return out;
    }

    private static String lastSegment(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    }

    void warn(String tag, String pointer, String message) {
        reporter.accept(Diagnostic.at(Severity.WARNING, tag, action, pointer, message));
    }
}
