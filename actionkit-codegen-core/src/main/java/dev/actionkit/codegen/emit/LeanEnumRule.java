package dev.actionkit.codegen.emit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.codemodel.ClassType;
import com.sun.codemodel.JClassAlreadyExistsException;
import com.sun.codemodel.JClassContainer;
import com.sun.codemodel.JDefinedClass;
import com.sun.codemodel.JExpr;
import com.sun.codemodel.JMethod;
import com.sun.codemodel.JMod;
import com.sun.codemodel.JVar;
import dev.actionkit.runtime.params.WireEnum;
import org.jsonschema2pojo.exception.ClassAlreadyExistsException;
import org.jsonschema2pojo.model.EnumDefinition;
import org.jsonschema2pojo.rules.EnumRule;
import org.jsonschema2pojo.rules.RuleFactory;

/**
 * jsonschema2pojo's enum rule with a tolerant {@code fromValue}: the enum implements the
 * runtime's {@link WireEnum}, whose lookup table is built once per enum at run time, so the
 * generated enum carries no lookup map or static initializer, and a value this version does not
 * know reads as {@code null} (the parameter object keeps it as read) instead of failing.
 */
final class LeanEnumRule extends EnumRule {

    LeanEnumRule(RuleFactory rules) {
        super(rules);
    }

    /**
     * Creates the enum under the name the model decided ({@code javaType}) without first asking
     * the class path whether a class of that name exists, as jsonschema2pojo does: the name is
     * always one we generate, so an existing class must never stand in for it, and each failed
     * lookup costs a search of every jar on the class path and an exception, per enum.
     */
    @Override
    protected JDefinedClass createEnum(JsonNode node, String nodeName,
            JClassContainer container) throws ClassAlreadyExistsException {
        if (!node.has("javaType")) {
            return super.createEnum(node, nodeName, container);
        }
        String name = node.get("javaType").asText();
        if (name.indexOf('.') < 0) {
            name = container.getPackage().name() + "." + name;
        }
        try {
            return container.owner()._class(name, ClassType.ENUM);
        } catch (JClassAlreadyExistsException e) {
            throw new ClassAlreadyExistsException(e.getExistingClass());
        }
    }

    @Override
    protected void addFactoryMethod(EnumDefinition definition, JDefinedClass type) {
        type._implements(WireEnum.class);
        JMethod fromValue = type.method(JMod.PUBLIC | JMod.STATIC, type, "fromValue");
        fromValue.javadoc().add("Returns the constant of a wire value; {@code null} for a value "
                + "this version does not know.");
        fromValue.annotate(JsonCreator.class);
        JVar value = fromValue.param(String.class, "value");
        fromValue.body()._return(type.owner().ref(WireEnum.class).staticInvoke("constant")
                .arg(JExpr.dotclass(type)).arg(value));
    }
}
