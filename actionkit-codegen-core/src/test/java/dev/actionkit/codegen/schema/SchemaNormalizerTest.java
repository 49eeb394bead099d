package dev.actionkit.codegen.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.actionkit.codegen.diagnostic.Diagnostic;
import dev.actionkit.runtime.catalog.ActionDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("SchemaNormalizer makes every type-mapping decision before jsonschema2pojo runs")
class SchemaNormalizerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NODE =
            "{'existingJavaType':'com.fasterxml.jackson.databind.JsonNode'}";

    private final List<Diagnostic> reported = new ArrayList<>();

    private NormalizedSchema normalize(String schema, Set<String> optional) throws Exception {
        ActionDefinition action = new ActionDefinition("testkit", "TESTKIT_RUN", "",
                JSON.readTree(schema.replace('\'', '"')));
        return SchemaNormalizer.normalize(action, optional, reported::add);
    }

    private String property(String propertySchema) throws Exception {
        NormalizedSchema schema = normalize("{'type':'object','properties':{'p':"
                + propertySchema + "}}", Set.of());
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) schema.root().get("properties")
                .get("p").deepCopy();
        node.remove(List.of(NormalizedSchema.WIRE_NAME, NormalizedSchema.NULLABLE,
                NormalizedSchema.TYPE));
        return node.toString().replace('"', '\'');
    }

    @ParameterizedTest(name = "{0} nullable: {1}")
    @CsvSource(delimiter = '|', value = {
        "{'type':['string','null']}|true", "{'anyOf':[{'type':'integer'},{'type':'null'}]}|true",
        "{'type':'string','nullable':true}|true", "{'enum':['a',null]}|true",
        "{'oneOf':[{'type':'null'},{'type':'object','properties':{'a':{}}}]}|true",
        "{'type':'string'}|false", "{'type':'string','nullable':false}|false",
        "{'anyOf':[{'type':'integer'},{'type':'string'}]}|false"})
    @DisplayName("a property that allows null is marked nullable, whatever form says so")
    void nullable(String propertySchema, boolean nullable) throws Exception {
        NormalizedSchema schema = normalize("{'type':'object','properties':{'p':"
                + propertySchema + "}}", Set.of());
        assertThat(schema.root().at("/properties/p/" + NormalizedSchema.NULLABLE).asBoolean())
                .isEqualTo(nullable);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "{'type':'string','format':'date-time','default':'x'}|{'type':'string'}",
        "{'type':'integer'}|{'type':'integer'}",
        "{'type':'number','minimum':1}|{'type':'number'}",
        "{'type':'boolean'}|{'type':'boolean'}",
        "{'type':'string','enum':[]}|{'type':'string'}",
        "{'enum':[1,2]}|{'type':'integer'}",
        "{'enum':['a',1]}|" + NODE,
        "{'const':'x'}|{'type':'string'}",
        "{'const':2.5}|{'type':'number'}",
        "{'type':['string','null']}|{'type':'string'}",
        "{'anyOf':[{'type':'integer'},{'type':'null'}]}|{'type':'integer'}",
        "{'oneOf':[{'type':'string'},{'type':'integer'}]}|" + NODE,
        "{'allOf':[{'type':'string'},{'minLength':1}]}|" + NODE,
        "{'type':['string','integer']}|" + NODE,
        "{'type':'object'}|" + NODE,
        "{}|" + NODE,
        "{'type':'null'}|" + NODE,
        "{'type':'object','additionalProperties':{'type':'integer'}}|"
                + "{'existingJavaType':'java.util.Map<java.lang.String,java.lang.Long>',"
                + "'x-actionkit-map-values':'java.lang.Long'}",
        "{'type':'object','additionalProperties':{'type':'object'}}|{'existingJavaType':"
                + "'java.util.Map<java.lang.String,com.fasterxml.jackson.databind.JsonNode>',"
                + "'x-actionkit-map-values':'com.fasterxml.jackson.databind.JsonNode'}",
        "{'type':'array'}|{'type':'array','items':" + NODE + "}",
        "{'type':'array','items':{'type':'array','items':{'type':'string'}}}|"
                + "{'type':'array','items':{'type':'array','items':{'type':'string'}}}",
        "{'type':'string','description':'a */ b'}|{'type':'string','description':'a *&#47; b'}",
        "{'type':'string','title':'T'}|{'type':'string'}"})
    @DisplayName("each schema shape maps to the decided type")
    void mapping(String schema, String expected) throws Exception {
        assertThat(property(schema)).isEqualTo(expected);
    }

    @Test
    @DisplayName("string enums get constant names for odd values and case twins")
    void enums() throws Exception {
        String node = property("{'type':'string','enum':['Mr.','1000+','','a','A',null,'Mr.']}");
        assertThat(node).isEqualTo("{'type':'string','enum':['Mr.','1000+','','a','A'],"
                + "'javaEnumNames':['MR','_1000_PLUS','EMPTY','A2','A']}");
    }

    @Test
    @DisplayName("required parameters follow the required list; overrides and unknown names "
            + "are dropped, the unknown one with a warning")
    void required() throws Exception {
        NormalizedSchema schema = normalize("{'type':'object','properties':{'a':{},'b':{},"
                + "'c':{}},'required':['c','ghost','a','b']}", Set.of("b"));
        assertThat(schema.parameters()).extracting(p -> p.javaName() + ":" + p.required())
                .containsExactly("c:true", "a:true", "b:false");
        assertThat(reported).extracting(Diagnostic::toString).containsExactly(
                "WARNING [unknown-required-property] testkit/TESTKIT_RUN#/required/1: required "
                        + "names \"ghost\", which is not a property; ignored");
    }

    @Test
    @DisplayName("a repeated $ref reuses one class and a recursive $ref becomes a JSON value")
    void references() throws Exception {
        NormalizedSchema schema = normalize("{'type':'object','properties':{"
                + "'home':{'$ref':'#/$defs/Address'},'work':{'$ref':'#/$defs/Address'},"
                + "'tree':{'$ref':'#/$defs/Node'}},'$defs':{"
                + "'Address':{'type':'object','properties':{'zip':{'type':'string'}}},"
                + "'Node':{'type':'object','properties':{'next':{'$ref':'#/$defs/Node'}}}}}",
                Set.of());
        assertThat(schema.types()).extracting(TypeRequest::preferredName).containsExactly(
                "TestkitRunParams", "TestkitRunAddress", "TestkitRunNode");
        var properties = schema.root().get("properties");
        assertThat(properties.at("/home/" + NormalizedSchema.TYPE).asInt()).isEqualTo(1);
        assertThat(properties.at("/work/" + NormalizedSchema.TYPE_REF).asInt()).isEqualTo(1);
        assertThat(properties.get("work").has(NormalizedSchema.TYPE)).isFalse();
        assertThat(properties.at("/tree/properties/next/existingJavaType").asText())
                .isEqualTo("com.fasterxml.jackson.databind.JsonNode");
    }

    @Test
    @DisplayName("a type met inside an extra-property value schema is marked as not generated, "
            + "and a later use of the same $ref defines the generated one")
    void extraValueTypes() throws Exception {
        NormalizedSchema schema = normalize("{'type':'object','properties':{"
                + "'nested':{'type':'object','properties':{'x':{}},"
                + "'additionalProperties':{'$ref':'#/$defs/kind'}},"
                + "'color':{'$ref':'#/$defs/kind'}},"
                + "'$defs':{'kind':{'type':'string','enum':['a','b']}}}", Set.of());
        assertThat(schema.types()).extracting(TypeRequest::preferredName, TypeRequest::generated)
                .containsExactly(tuple("TestkitRunParams", true), tuple("TestkitRunNested", true),
                        tuple("TestkitRunKind", false), tuple("TestkitRunKind", true));
        assertThat(schema.root().at("/properties/color/" + NormalizedSchema.TYPE).asInt())
                .isEqualTo(3);
    }

    @Test
    @DisplayName("nested objects are named after the action and the property path, and allow "
            + "additional properties unless their schema says additionalProperties: false")
    void nestedNames() throws Exception {
        NormalizedSchema schema = normalize("{'type':'object','properties':{'attachments':"
                + "{'type':'array','items':{'type':'object','properties':{'text':{}}}},"
                + "'closed':{'type':'object','properties':{'a':{}},'additionalProperties':false},"
                + "'typed':{'type':'object','properties':{'a':{}},'additionalProperties':{}}}}",
                Set.of());
        assertThat(schema.types()).extracting(TypeRequest::preferredName).containsExactly(
                "TestkitRunParams", "TestkitRunAttachmentsItem", "TestkitRunClosed",
                "TestkitRunTyped");
        assertThat(schema.root().get("additionalProperties").asBoolean()).isTrue();
        assertThat(schema.root().at("/properties/attachments/items/additionalProperties")
                .asBoolean()).isTrue();
        assertThat(schema.root().at("/properties/closed/additionalProperties").asBoolean())
                .isFalse();
        assertThat(schema.root().at("/properties/typed/additionalProperties").asBoolean())
                .isTrue();
    }

    @Test
    @DisplayName("a nullable object root keeps its properties; a required that is not an array "
            + "is ignored with a warning")
    void oddRoots() throws Exception {
        NormalizedSchema schema = normalize("{'type':['object','null'],'properties':{'a':{}},"
                + "'required':{'a':true}}", Set.of());
        assertThat(schema.parameters()).extracting(Parameter::javaName).containsExactly("a");
        assertThat(reported).extracting(Diagnostic::toString).containsExactly(
                "WARNING [unknown-required-property] testkit/TESTKIT_RUN#/required: required is "
                        + "not an array; ignored");
    }
}
