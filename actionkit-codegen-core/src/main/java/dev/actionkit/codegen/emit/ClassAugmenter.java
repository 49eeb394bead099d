package dev.actionkit.codegen.emit;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.sun.codemodel.ClassType;
import com.sun.codemodel.JClass;
import com.sun.codemodel.JCodeModel;
import com.sun.codemodel.JClassAlreadyExistsException;
import com.sun.codemodel.JDefinedClass;
import com.sun.codemodel.JExpr;
import com.sun.codemodel.JExpression;
import com.sun.codemodel.JFieldVar;
import com.sun.codemodel.JInvocation;
import com.sun.codemodel.JMethod;
import com.sun.codemodel.JMod;
import com.sun.codemodel.JType;
import com.sun.codemodel.JVar;
import dev.actionkit.codegen.schema.JavadocText;
import dev.actionkit.codegen.schema.NormalizedSchema;
import dev.actionkit.codegen.schema.Utf16;
import dev.actionkit.runtime.ActionDescriptor;
import dev.actionkit.runtime.catalog.ActionDefinition;
import dev.actionkit.runtime.params.OpenParamsBuilder;
import dev.actionkit.runtime.params.ParamsBuilder;
import dev.actionkit.runtime.params.ParamsObject;

/**
 * Adds to jsonschema2pojo's classes what it cannot generate: the runtime base class that holds
 * extra properties, a reusable builder whose setters are named after the properties (and carry
 * their descriptions), the action's name and descriptor constants, and enums that read an
 * unknown wire value as {@code null} instead of failing.
 */
final class ClassAugmenter {

    /** Longest string literal we emit, in chars: at most 3 bytes each, well under 65,535. */
    static final int MAX_LITERAL = 8_000;

    /** Writes schemas as ASCII-only JSON: exact on parsing, no escapes javac could misread. */
    private static final ObjectWriter JSON = new ObjectMapper().writer()
            .with(JsonWriteFeature.ESCAPE_NON_ASCII);

    private ClassAugmenter() {}

    /**
     * Makes {@code type} a {@code ParamsObject} with a nested {@code Builder}.
     *
     * @param definition the normalized schema of the class: its properties' descriptions, and
     *     whether it allows extra properties ({@code additionalProperties} not {@code false})
     */
    static void addBuilder(JDefinedClass type, JsonNode definition) {
        JCodeModel model = type.owner();
        type._extends(model.ref(ParamsObject.class));
        JsonNode extras = definition.path("additionalProperties");
        JClass extrasType = extrasType(model, extras);
        boolean open = !extras.asText().equals("false") && extrasType == null;
        JDefinedClass builder;
        try {
            builder = type._class(JMod.PUBLIC | JMod.STATIC | JMod.FINAL, "Builder");
        } catch (JClassAlreadyExistsException e) {
            throw new IllegalStateException("a nested Builder already exists in " + type.name(), e);
        }
        // The builder by its simple name, as the class and its builder see it: javac resolves a
        // member type's simple name at less cost than the outer-qualified name codemodel writes
        // for a nested class. The declared Builder makes codemodel see a collision and write
        // this name as it is, without an import.
        JClass self = model.directClass(builder.name());
        builder._extends(model.ref(open ? OpenParamsBuilder.class : ParamsBuilder.class)
                .narrow(type, self));
        builder.javadoc().add("Builds a {@link " + type.name() + "}; reusable, each build() "
                + "returns a new object.");
        builder.constructor(JMod.PRIVATE).body().invoke("super").arg(JExpr._new(type));
        if (extrasType != null) {
            addTypedExtrasSetter(builder, self, extrasType);
        }
        JsonNode properties = definition.path("properties");
        for (JFieldVar field : ParamsEmitter.instanceFields(type)) {
            addSetter(builder, self, field, properties.path(field.name()));
            addReader(type, field, properties.path(field.name()));
        }
        JMethod factory = type.method(JMod.PUBLIC | JMod.STATIC, self, "builder");
        factory.javadoc().add("Returns a new, empty builder.");
        factory.body()._return(JExpr._new(self));
    }

    /**
     * Returns the Java type of extra values whose schema is a plain string or boolean, which
     * Jackson reads as exactly that type; null for any other (untyped, {@code Object}).
     */
    private static JClass extrasType(JCodeModel model, JsonNode extras) {
        if (!extras.isObject() || extras.path(NormalizedSchema.NULLABLE).asBoolean(false)
                || extras.has("existingJavaType") || extras.has("javaType")) {
            return null;
        }
        return switch (extras.path("type").asText()) {
            case "string" -> model.ref(String.class);
            case "boolean" -> model.ref(Boolean.class);
            default -> null;
        };
    }

    /** Adds {@code additionalProperty(String, T)} to a builder of an object of typed extras. */
    private static void addTypedExtrasSetter(JDefinedClass builder, JClass self,
            JClass valueType) {
        JMethod setter = builder.method(JMod.PUBLIC, self, "additionalProperty");
        setter.javadoc().add("Sets a property the schema does not declare; its schema types the "
                + "value as {@code " + valueType.name() + "}.");
        JVar name = setter.param(String.class, "name");
        JVar value = setter.param(valueType, "value");
        setter.body().invoke("putAdditionalProperty").arg(name).arg(value);
        setter.body()._return(JExpr._this());
    }

    /** Adds the setter of {@code field}: Javadoc, copies of collections, explicit nulls. */
    private static void addSetter(JDefinedClass builder, JClass self, JFieldVar field,
            JsonNode property) {
        JMethod setter = builder.method(JMod.PUBLIC, self, field.name());
        String description = property.path("description").asText("");
        boolean nullable = property.path(NormalizedSchema.NULLABLE).asBoolean(false);
        if (nullable) {
            description += (description.isEmpty() ? "" : "\n<p>")
                    + "Null is sent as an explicit JSON {@code null}.";
        }
        if (!description.isEmpty()) {
            setter.javadoc().add(description);
        }
        JVar value = setter.param(field.type(), field.name());
        String raw = field.type().erasure().fullName();
        JExpression assigned = raw.equals("java.util.List") || raw.equals("java.util.Map")
                ? JExpr.invoke("copyOf").arg(value) : value;
        setter.body().assign(JExpr.invoke("target").ref(field), assigned);
        if (nullable) {
            setter.body()._return(JExpr.invoke("nullable")
                    .arg(text(builder, property.path(NormalizedSchema.WIRE_NAME).asText()))
                    .arg(value));
        } else {
            setter.body()._return(JExpr._this());
        }
    }

    /**
     * Adds the {@code @JsonSetter} that reads {@code field} where Jackson's default would lose
     * what was read: an enum or a list of enums tolerates a value this version does not know
     * (kept as an extra property, written back as it was read), and a nullable property keeps
     * an explicit null apart from an absent one.
     */
    private static void addReader(JDefinedClass type, JFieldVar field, JsonNode property) {
        String wireName = property.path(NormalizedSchema.WIRE_NAME).asText();
        JClass list = field.type() instanceof JClass c && !c.getTypeParameters().isEmpty()
                && c.erasure().fullName().equals("java.util.List") ? c : null;
        JDefinedClass element = enumOf(list == null ? field.type() : list.getTypeParameters()
                .get(0));
        JCodeModel model = type.owner();
        if (element != null) {
            JInvocation read = JExpr.invoke(list == null ? "readEnum" : "readEnums")
                    .arg(text(type, wireName));
            reader(type, field, wireName, list == null ? model.ref(String.class)
                    : model.ref(java.util.List.class).narrow(String.class), read)
                    .arg(JExpr.direct(element.name() + "::fromValue"));
        } else if (property.path(NormalizedSchema.NULLABLE).asBoolean(false)) {
            reader(type, field, wireName, field.type(),
                    JExpr.invoke("readNullable").arg(text(type, wireName)));
        }
    }

    private static JDefinedClass enumOf(JType type) {
        return type instanceof JDefinedClass e && e.getClassType() == ClassType.ENUM ? e : null;
    }

    /** Adds {@code readX(raw)}, a {@code @JsonSetter} that assigns {@code read(.., raw)}. */
    private static JInvocation reader(JDefinedClass type, JFieldVar field, String wireName,
            JType rawType, JInvocation read) {
        String name = "read" + Character.toUpperCase(field.name().charAt(0))
                + field.name().substring(1);
        JMethod reader = type.method(JMod.PRIVATE, type.owner().VOID, name);
        reader.annotate(JsonSetter.class).param("value", JavaString.literal(wireName));
        JVar raw = reader.param(rawType, "raw");
        reader.body().assign(JExpr._this().ref(field), read.arg(raw));
        return read;
    }

    static void addActionConstants(JDefinedClass params, ActionDefinition action) {
        params.javadoc().add("Parameters of the action {@code "
                + JavadocText.escape(action.name()) + "}; its description is on the facade.");
        JFieldVar name = params.field(JMod.PUBLIC | JMod.STATIC | JMod.FINAL, String.class,
                "ACTION_NAME", text(params, action.name()));
        name.javadoc().add("The exact action name.");
        JClass descriptorType = params.owner().ref(ActionDescriptor.class);
        JFieldVar descriptor = params.field(JMod.PUBLIC | JMod.STATIC | JMod.FINAL,
                descriptorType, "DESCRIPTOR", JExpr._new(descriptorType)
                        .arg(text(params, action.integration())).arg(name)
                        .arg(text(params, action.description()))
                        .arg(text(params, schemaJson(action))));
        descriptor.javadoc().add("The action's name, description and original parameter "
                + "schema, as LLM tool definitions need them.");
    }

    /** Returns a literal, or a join of literals for text too long for one class-file constant. */
    static JExpression text(JDefinedClass owner, String raw) {
        String value = Utf16.wellFormed(raw);
        if (value.length() <= MAX_LITERAL) {
            return JavaString.literal(value);
        }
        JInvocation join = owner.owner().ref(String.class).staticInvoke("join")
                .arg(JavaString.literal(""));
        int start = 0;
        while (start < value.length()) {
            int end = Math.min(value.length(), start + MAX_LITERAL);
            if (end < value.length() && Character.isHighSurrogate(value.charAt(end - 1))) {
                end--;
            }
            join.arg(JavaString.literal(value.substring(start, end)));
            start = end;
        }
        return join;
    }

    private static String schemaJson(ActionDefinition action) {
        try {
            return JSON.writeValueAsString(action.parametersView());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a schema tree could not be written", e);
        }
    }
}
