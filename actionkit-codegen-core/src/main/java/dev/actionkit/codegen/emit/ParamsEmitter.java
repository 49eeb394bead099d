package dev.actionkit.codegen.emit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.codemodel.ClassType;
import com.sun.codemodel.JCodeModel;
import com.sun.codemodel.JDefinedClass;
import com.sun.codemodel.JFieldVar;
import com.sun.codemodel.JMod;
import com.sun.codemodel.JPackage;
import dev.actionkit.codegen.model.ActionModel;
import dev.actionkit.codegen.schema.Parameter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jsonschema2pojo.Schema;
import org.jsonschema2pojo.SchemaStore;
import org.jsonschema2pojo.rules.RuleFactory;

/**
 * Emits one action's parameter classes through jsonschema2pojo 1.3.3: a fresh rule factory,
 * schema store and code model per action (so no two actions share anything, and actions can be
 * emitted in parallel), the normalized schema applied directly (never re-parsed, never fetched),
 * then our builder, constants and tolerant enums added, and the result written to memory.
 */
public final class ParamsEmitter {

    private ParamsEmitter() {}

    /** Emits the parameter classes of {@code action}; pure apart from CPU. */
    public static EmittedAction emit(ActionModel action) {
        JCodeModel codeModel = new JCodeModel();
        RuleFactory rules = new RuleFactory(PojoConfig.INSTANCE, new WireNameAnnotator(),
                new SchemaStore());
        String qualified = action.paramsClassName();
        int dot = qualified.lastIndexOf('.');
        JPackage pkg = codeModel._package(qualified.substring(0, dot));
        ObjectNode root = action.schema().root();
        rules.getSchemaRule().apply(qualified.substring(dot + 1), root, null, pkg,
                new Schema(null, root, null));
        JDefinedClass params = codeModel._getClass(qualified);
        Map<String, String> types = new HashMap<>();
        for (JFieldVar field : instanceFields(params)) {
            types.put(field.name(), field.type().fullName());
        }
        for (Parameter parameter : action.schema().parameters()) {
            if (!types.containsKey(parameter.javaName())) {
                throw new IllegalStateException("jsonschema2pojo renamed the field "
                        + parameter.javaName() + " decided for the property \""
                        + parameter.wireName() + "\"");
            }
        }
        for (Iterator<JDefinedClass> it = pkg.classes(); it.hasNext(); ) {
            JDefinedClass type = it.next();
            if (type.getClassType() == ClassType.ENUM) {
                ClassAugmenter.tolerantEnum(type);
            } else {
                ClassAugmenter.addBuilder(type, type == params);
            }
        }
        ClassAugmenter.addActionConstants(params, action.definition());
        MemoryCodeWriter writer = new MemoryCodeWriter();
        try {
            codeModel.build(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EmittedAction(writer.files(), types);
    }

    /** Returns the non-static fields that are properties (not the additional-properties map). */
    static List<JFieldVar> instanceFields(JDefinedClass type) {
        List<JFieldVar> fields = new ArrayList<>();
        for (JFieldVar field : type.fields().values()) {
            if ((field.mods().getValue() & JMod.STATIC) == 0
                    && !field.name().equals(ClassAugmenter.ADDITIONAL_PROPERTIES)) {
                fields.add(field);
            }
        }
        return fields;
    }
}
