package dev.actionkit.codegen.emit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.sun.codemodel.ClassType;
import com.sun.codemodel.JCodeModel;
import com.sun.codemodel.JDefinedClass;
import com.sun.codemodel.JFieldVar;
import com.sun.codemodel.JMod;
import com.sun.codemodel.JPackage;
import dev.actionkit.codegen.model.ActionModel;
import dev.actionkit.codegen.model.ParameterModel;
import dev.actionkit.codegen.schema.NormalizedSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jsonschema2pojo.Schema;
import org.jsonschema2pojo.rules.RuleFactory;

/**
 * Emits one action's parameter classes through jsonschema2pojo 1.3.3: a fresh rule factory,
 * schema store and code model per action (so no two actions share anything, and actions can be
 * emitted in parallel), the normalized schema with the model's names applied directly (never
 * re-parsed, never fetched), then our builder and constants added (tolerant enums come from
 * {@link LeanEnumRule}), and the result written to memory. The field types jsonschema2pojo
 * declares are checked against the model's, never read back.
 */
public final class ParamsEmitter {

    private ParamsEmitter() {}

    /** Emits the parameter classes of {@code action}; pure apart from CPU. */
    public static List<SourceFile> emit(ActionModel action) {
        JCodeModel codeModel = new JCodeModel();
        RuleFactory rules = new LeanRuleFactory();
        JPackage pkg = codeModel._package(action.paramsClass().packageName());
        ObjectNode root = PojoSchema.of(action.schema().root(), action.classes());
        rules.getSchemaRule().apply(action.paramsClass().simpleName(), root, null, pkg,
                new Schema(null, root, null));
        JDefinedClass params = codeModel._getClass(action.paramsClass().canonicalName());
        checkFields(action, params);
        Map<String, JsonNode> definitions = definitions(action);
        for (Iterator<JDefinedClass> it = pkg.classes(); it.hasNext(); ) {
            JDefinedClass type = it.next();
            if (type.getClassType() != ClassType.ENUM) {
                ClassAugmenter.addBuilder(type, definitions.get(type.fullName()));
            }
        }
        ClassAugmenter.addActionConstants(params, action.definition());
        MemoryCodeWriter writer = new MemoryCodeWriter();
        try {
            codeModel.build(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return writer.files();
    }

    /** Fails unless jsonschema2pojo declared each parameter with the model's name and type. */
    private static void checkFields(ActionModel action, JDefinedClass params) {
        for (ParameterModel parameter : action.parameters()) {
            JFieldVar field = params.fields().get(parameter.javaName());
            if (field == null) {
                throw new IllegalStateException("jsonschema2pojo renamed the field "
                        + parameter.javaName() + " decided for the property \""
                        + parameter.wireName() + "\"");
            }
            String declared = field.type().fullName().replace(" ", "");
            if (!declared.equals(fullName(parameter.type()))) {
                throw new IllegalStateException("jsonschema2pojo declared the field "
                        + parameter.javaName() + " as " + declared + ", the model decided "
                        + parameter.type());
            }
        }
    }

    /**
     * Returns {@code type} as codemodel's {@code fullName()} writes it, without spaces: cheaper
     * than JavaPoet's {@code toString()}, which formats through a code writer.
     */
    private static String fullName(TypeName type) {
        if (type instanceof ClassName name) {
            return name.canonicalName();
        }
        if (type instanceof ParameterizedTypeName generic && generic.enclosingType() == null) {
            StringBuilder out = new StringBuilder(generic.rawType().canonicalName()).append('<');
            List<TypeName> arguments = generic.typeArguments();
            for (int i = 0; i < arguments.size(); i++) {
                out.append(i == 0 ? "" : ",").append(fullName(arguments.get(i)));
            }
            return out.append('>').toString();
        }
        return type.toString().replace(" ", "");
    }

    /** Returns each class's normalized schema by its qualified name. */
    private static Map<String, JsonNode> definitions(ActionModel action) {
        Map<String, JsonNode> definitions = new HashMap<>();
        collect(action.schema().root(), action, definitions);
        return definitions;
    }

    private static void collect(JsonNode node, ActionModel action, Map<String, JsonNode> into) {
        if (node.has(NormalizedSchema.TYPE)) {
            into.put(action.classes().get(node.get(NormalizedSchema.TYPE).asInt())
                    .canonicalName(), node);
        }
        node.path("properties").forEach(property -> collect(property, action, into));
        if (node.path("items").isObject()) {
            collect(node.get("items"), action, into);
        }
    }

    /** Returns the non-static fields: the properties. */
    static List<JFieldVar> instanceFields(JDefinedClass type) {
        List<JFieldVar> fields = new ArrayList<>();
        for (JFieldVar field : type.fields().values()) {
            if ((field.mods().getValue() & JMod.STATIC) == 0) {
                fields.add(field);
            }
        }
        return fields;
    }
}
