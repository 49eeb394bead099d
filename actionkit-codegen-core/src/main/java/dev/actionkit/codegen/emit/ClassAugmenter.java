package dev.actionkit.codegen.emit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.sun.codemodel.JBlock;
import com.sun.codemodel.JClass;
import com.sun.codemodel.JClassAlreadyExistsException;
import com.sun.codemodel.JDefinedClass;
import com.sun.codemodel.JExpr;
import com.sun.codemodel.JExpression;
import com.sun.codemodel.JFieldVar;
import com.sun.codemodel.JInvocation;
import com.sun.codemodel.JMethod;
import com.sun.codemodel.JMod;
import com.sun.codemodel.JVar;
import dev.actionkit.codegen.schema.JavadocText;
import dev.actionkit.codegen.schema.Utf16;
import dev.actionkit.runtime.ActionDescriptor;
import dev.actionkit.runtime.catalog.ActionDefinition;
import java.util.Iterator;
import java.util.function.Consumer;

/**
 * Adds to jsonschema2pojo's classes what it cannot generate: a reusable builder whose methods
 * are named after the properties, the action's name and descriptor constants, and enums that
 * read an unknown wire value as {@code null} instead of failing.
 */
final class ClassAugmenter {

    static final String ADDITIONAL_PROPERTIES = "additionalProperties";

    /** Longest string literal we emit, in chars: at most 3 bytes each, well under 65,535. */
    static final int MAX_LITERAL = 8_000;

    /** Writes schemas as ASCII-only JSON: exact on parsing, no escapes javac could misread. */
    private static final ObjectWriter JSON = new ObjectMapper().writer()
            .with(JsonWriteFeature.ESCAPE_NON_ASCII);

    private ClassAugmenter() {}

    static void addBuilder(JDefinedClass type, boolean topLevel) {
        JDefinedClass builder;
        try {
            builder = type._class(JMod.PUBLIC | JMod.STATIC | JMod.FINAL, "Builder");
        } catch (JClassAlreadyExistsException e) {
            throw new IllegalStateException("a nested Builder already exists in " + type.name(), e);
        }
        builder.javadoc().add("Builds a {@link " + type.name() + "}; reusable, each build() "
                + "returns a new object.");
        JFieldVar instance = builder.field(JMod.PRIVATE | JMod.FINAL, type, "instance",
                JExpr._new(type));
        builder.constructor(JMod.PRIVATE);
        JFieldVar extra = type.fields().get(ADDITIONAL_PROPERTIES);
        for (JFieldVar field : ParamsEmitter.instanceFields(type)) {
            JMethod setter = builder.method(JMod.PUBLIC, builder, field.name());
            setter.javadoc().addAll(field.javadoc());
            JVar value = setter.param(field.type(), field.name());
            setter.body().assign(JExpr._this().ref(instance).ref(field), value);
            setter.body()._return(JExpr._this());
        }
        if (extra != null) {
            addAdditionalProperty(builder, instance, extra, topLevel);
        }
        if (topLevel) {
            addApply(builder);
        }
        addBuild(type, builder, instance, extra);
        JMethod factory = type.method(JMod.PUBLIC | JMod.STATIC, builder, "builder");
        factory.javadoc().add("Returns a new, empty builder.");
        factory.body()._return(JExpr._new(builder));
    }

    private static void addAdditionalProperty(JDefinedClass builder, JFieldVar instance,
            JFieldVar extra, boolean topLevel) {
        JMethod method = builder.method(JMod.PUBLIC, builder, "additionalProperty");
        method.javadoc().add(topLevel ? "Sets a property the schema does not declare (e.g. a "
                + "per-user custom field), sent at top level under its wire name."
                : "Sets a property the schema does not declare, sent in this object under its "
                + "wire name.");
        JVar name = method.param(String.class, "name");
        JVar value = method.param(((JClass) extra.type()).getTypeParameters().get(1), "value");
        method.body().add(instance.ref(extra).invoke("put").arg(name).arg(value));
        method.body()._return(JExpr._this());
    }

    private static void addApply(JDefinedClass builder) {
        JMethod method = builder.method(JMod.PUBLIC, builder, "apply");
        method.javadoc().add("Applies {@code options} to this builder and returns it.");
        JClass consumer = builder.owner().ref(Consumer.class).narrow(builder);
        JVar options = method.param(consumer, "options");
        method.body().add(options.invoke("accept").arg(JExpr._this()));
        method.body()._return(JExpr._this());
    }

    private static void addBuild(JDefinedClass type, JDefinedClass builder, JFieldVar instance,
            JFieldVar extra) {
        JMethod build = builder.method(JMod.PUBLIC, type, "build");
        build.javadoc().add("Returns a new object with the values set so far.");
        JBlock body = build.body();
        JVar copy = body.decl(type, "copy", JExpr._new(type));
        for (JFieldVar field : ParamsEmitter.instanceFields(type)) {
            body.assign(copy.ref(field), instance.ref(field));
        }
        if (extra != null) {
            body.add(copy.ref(extra).invoke("putAll").arg(instance.ref(extra)));
        }
        body._return(copy);
    }

    static void tolerantEnum(JDefinedClass type) {
        for (Iterator<JMethod> it = type.methods().iterator(); it.hasNext(); ) {
            if (it.next().name().equals("fromValue")) {
                it.remove();
            }
        }
        JMethod fromValue = type.method(JMod.PUBLIC | JMod.STATIC, type, "fromValue");
        fromValue.javadoc().add("Returns the constant of a wire value, or {@code null} for a "
                + "value this version does not know (read tolerantly).");
        fromValue.annotate(JsonCreator.class);
        JVar value = fromValue.param(String.class, "value");
        fromValue.body()._return(JExpr.ref("CONSTANTS").invoke("get").arg(value));
    }

    static void addActionConstants(JDefinedClass params, ActionDefinition action) {
        String description = JavadocText.escape(action.description());
        params.javadoc().add("Parameters of the action {@code "
                + JavadocText.escape(action.name()) + "}"
                + (description.isEmpty() ? "." : ":\n" + description));
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
                + "schema, e.g. for LLM tool definitions.");
    }

    /** Returns a literal, or a join of literals for text too long for one class-file constant. */
    static JExpression text(JDefinedClass owner, String raw) {
        String value = Utf16.wellFormed(raw);
        if (value.length() <= MAX_LITERAL) {
            return JExpr.lit(value);
        }
        JInvocation join = owner.owner().ref(String.class).staticInvoke("join").arg("");
        int start = 0;
        while (start < value.length()) {
            int end = Math.min(value.length(), start + MAX_LITERAL);
            if (end < value.length() && Character.isHighSurrogate(value.charAt(end - 1))) {
                end--;
            }
            join.arg(JExpr.lit(value.substring(start, end)));
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
