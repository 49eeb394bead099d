package dev.actionkit.codegen.emit;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.codemodel.JClassContainer;
import com.sun.codemodel.JDefinedClass;
import com.sun.codemodel.JDocComment;
import com.sun.codemodel.JDocCommentable;
import com.sun.codemodel.JType;
import org.jsonschema2pojo.SchemaStore;
import org.jsonschema2pojo.util.NameHelper;
import org.jsonschema2pojo.rules.Rule;
import org.jsonschema2pojo.rules.RuleFactory;

/**
 * jsonschema2pojo's rules, with the ones that write Javadoc on fields, getters and classes
 * turned off: a description is written once, on the builder's setter (by
 * {@link ClassAugmenter}), and on the facade's first method for an action. Enums come from
 * {@link LeanEnumRule}, names from {@link LeanNameHelper}.
 */
final class LeanRuleFactory extends RuleFactory {

    private static final Rule<JDocCommentable, JDocComment> NO_JAVADOC =
            (nodeName, node, parent, target, schema) -> null;
    private static final Rule<JDocCommentable, JDocCommentable> NO_NOTE =
            (nodeName, node, parent, target, schema) -> target;
    private static final Rule<JDefinedClass, JDefinedClass> NO_REQUIRED_NOTES =
            (nodeName, node, parent, target, schema) -> target;

    private final NameHelper names = new LeanNameHelper(PojoConfig.INSTANCE);

    LeanRuleFactory() {
        super(PojoConfig.INSTANCE, new WireNameAnnotator(), new SchemaStore());
    }

    @Override
    public NameHelper getNameHelper() {
        return names;
    }

    /**
     * jsonschema2pojo's type rule, except that a type the model reuses ({@code existingJavaType})
     * and that this code model defines already is that class. jsonschema2pojo would look the
     * name up on the class path and, not finding it there, stand a bare name in for it, which
     * is neither seen as the enum it is (so its values would not be read tolerantly) nor
     * imported beside the class it names. The normalizer puts each definition where
     * jsonschema2pojo meets the type first, so every reuse finds its class here.
     */
    @Override
    public Rule<JClassContainer, JType> getTypeRule() {
        Rule<JClassContainer, JType> rule = super.getTypeRule();
        return (nodeName, node, parent, container, schema) -> {
            JsonNode reused = node.get("existingJavaType");
            JDefinedClass defined = reused == null ? null
                    : container.owner()._getClass(reused.asText());
            return defined != null ? defined
                    : rule.apply(nodeName, node, parent, container, schema);
        };
    }

    @Override
    public Rule<JClassContainer, JType> getEnumRule() {
        return new LeanEnumRule(this);
    }

    @Override
    public Rule<JDocCommentable, JDocComment> getDescriptionRule() {
        return NO_JAVADOC;
    }

    @Override
    public Rule<JDocCommentable, JDocComment> getTitleRule() {
        return NO_JAVADOC;
    }

    @Override
    public Rule<JDocCommentable, JDocComment> getCommentRule() {
        return NO_JAVADOC;
    }

    @Override
    public Rule<JDocCommentable, JDocComment> getJavaNameRule() {
        return NO_JAVADOC;
    }

    @Override
    public Rule<JDocCommentable, JDocCommentable> getRequiredRule() {
        return NO_NOTE;
    }

    @Override
    public Rule<JDefinedClass, JDefinedClass> getRequiredArrayRule() {
        return NO_REQUIRED_NOTES;
    }

    @Override
    public Rule<JDocCommentable, JDocCommentable> getNotRequiredRule() {
        return NO_NOTE;
    }
}
