package dev.actionkit.codegen.emit;

import org.jsonschema2pojo.AnnotationStyle;
import org.jsonschema2pojo.DefaultGenerationConfig;
import org.jsonschema2pojo.InclusionLevel;

/**
 * The jsonschema2pojo 1.3.3 options we decided (see {@code docs/GENERATED-API.md}): Jackson 2,
 * {@code Long} integers, no primitives, absent values not serialized, collections left null,
 * no additional-properties plumbing (the runtime's {@code ParamsObject} holds it), getters only
 * (our own builder sets fields), no equals, hashCode, toString or dated annotation (lean
 * output), Java 17, no word delimiters (every property already has its final Java name) and
 * {@code #/} as the only reference delimiters.
 */
final class PojoConfig extends DefaultGenerationConfig {

    static final PojoConfig INSTANCE = new PojoConfig();

    private PojoConfig() {}

    @Override
    public AnnotationStyle getAnnotationStyle() {
        return AnnotationStyle.JACKSON2;
    }

    @Override
    public InclusionLevel getInclusionLevel() {
        return InclusionLevel.NON_NULL;
    }

    @Override
    public boolean isUseLongIntegers() {
        return true;
    }

    @Override
    public boolean isUsePrimitives() {
        return false;
    }

    @Override
    public boolean isInitializeCollections() {
        return false;
    }

    @Override
    public boolean isIncludeAdditionalProperties() {
        return false;
    }

    @Override
    public boolean isIncludeSetters() {
        return false;
    }

    @Override
    public boolean isIncludeHashcodeAndEquals() {
        return false;
    }

    @Override
    public boolean isIncludeToString() {
        return false;
    }

    @Override
    public boolean isIncludeGeneratedAnnotation() {
        return false;
    }

    @Override
    public boolean isGenerateBuilders() {
        return false;
    }

    @Override
    public String getTargetVersion() {
        return "17";
    }

    @Override
    public char[] getPropertyWordDelimiters() {
        return new char[0];
    }

    @Override
    public String getRefFragmentPathDelimiters() {
        return "#/";
    }
}
