package dev.actionkit.codegen.emit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.codemodel.JAnnotationArrayMember;
import com.sun.codemodel.JDefinedClass;
import com.sun.codemodel.JFieldVar;
import com.sun.codemodel.JMethod;
import dev.actionkit.codegen.schema.NormalizedSchema;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jsonschema2pojo.Jackson2Annotator;

/**
 * Jackson 2 annotations with the wire name: normalized schemas key properties by Java name, so
 * {@code @JsonProperty} takes the wire name from {@value NormalizedSchema#WIRE_NAME}. Only fields
 * whose Java name differs from their wire name are annotated: the runtime's {@code ParamsObject}
 * has Jackson see fields, never getters, so an unannotated field is a property under its own
 * name. No {@code @JsonPropertyDescription} (the description is Javadoc already); no
 * {@code @JsonInclude} (the runtime's {@code ParamsObject} carries it);
 * {@code @JsonPropertyOrder} (joined on one line by {@link JavaText}) only where a wire name
 * differs from its Java name (Jackson would otherwise move renamed properties to the end).
 */
final class WireNameAnnotator extends Jackson2Annotator {

    WireNameAnnotator() {
        super(PojoConfig.INSTANCE);
    }

    @Override
    public void propertyOrder(JDefinedClass clazz, JsonNode propertiesNode) {
        List<String> wireNames = new ArrayList<>();
        boolean renamed = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = propertiesNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String wire = property.getValue().path(NormalizedSchema.WIRE_NAME).asText();
            renamed |= !wire.equals(property.getKey());
            wireNames.add(wire);
        }
        if (renamed) {
            JAnnotationArrayMember order = clazz.annotate(JsonPropertyOrder.class)
                    .paramArray("value");
            wireNames.forEach(order::param);
        }
    }

    @Override
    public void propertyInclusion(JDefinedClass clazz, JsonNode schema) {
        // ParamsObject, the base of every generated class, carries @JsonInclude(NON_NULL).
    }

    @Override
    public void propertyField(JFieldVar field, JDefinedClass clazz, String propertyName,
            JsonNode propertyNode) {
        String wireName = propertyNode.path(NormalizedSchema.WIRE_NAME).asText(propertyName);
        if (!wireName.equals(field.name())) {
            field.annotate(JsonProperty.class).param("value", wireName);
        }
    }

    @Override
    public void propertyGetter(JMethod getter, JDefinedClass clazz, String propertyName) {
        // The field's annotation names the property.
    }

    @Override
    public void propertySetter(JMethod setter, JDefinedClass clazz, String propertyName) {
        // The field's annotation names the property.
    }
}
