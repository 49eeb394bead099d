package dev.actionkit.codegen.emit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.sun.codemodel.JDefinedClass;
import com.sun.codemodel.JExpr;
import com.sun.codemodel.JMethod;
import com.sun.codemodel.JMod;
import com.sun.codemodel.JVar;
import dev.actionkit.runtime.params.WireEnum;
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
