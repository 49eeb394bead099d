package dev.actionkit.codegen.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.actionkit.codegen.diagnostic.Diagnostic;
import dev.actionkit.runtime.catalog.ActionDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The schema stage keeps every member and extra key a schema allows (issue 14)")
class FaithfulShapesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NODE = "com.fasterxml.jackson.databind.JsonNode";

    private final List<Diagnostic> reported = new ArrayList<>();

    private JsonNode normalize(String schema) throws Exception {
        ActionDefinition action = new ActionDefinition("testkit", "TESTKIT_RUN", "",
                JSON.readTree(schema.replace('\'', '"')));
        return SchemaNormalizer.normalize(action, Set.of(), reported::add).root();
    }

    private List<String> warnings() {
        return reported.stream().map(Diagnostic::toString).toList();
    }

    @Test
    @DisplayName("allOf with a $ref and sibling properties is one class with every member; "
            + "required lists of all parts apply")
    void allOfWithSiblings() throws Exception {
        // given
        String schema = "{'definitions':{'base':{'type':'object','properties':{'color':"
                + "{'type':'string'}},'required':['color']}},'type':'object','properties':"
                + "{'layout':{'allOf':[{'$ref':'#/definitions/base'}],'properties':{'spacing':"
                + "{'type':'integer'}},'required':['spacing']}}}";
        // when
        JsonNode layout = normalize(schema).at("/properties/layout");
        // then
        assertThat(layout.path("properties").fieldNames()).toIterable()
                .containsExactly("spacing", "color");
        assertThat(layout.at("/properties/spacing/type").asText()).isEqualTo("integer");
        assertThat(layout.at("/properties/color/type").asText()).isEqualTo("string");
        assertThat(layout.path("required").toString()).isEqualTo("[\"spacing\",\"color\"]");
        assertThat(reported).isEmpty();
    }

    @Test
    @DisplayName("the root's allOf and oneOf object branches become optional members of the "
            + "parameter class")
    void allOfWithOneOfAtTheRoot() throws Exception {
        // given
        String schema = "{'$defs':{'base':{'type':'object','properties':{'id':{'type':'string'}},"
                + "'required':['id']}},'allOf':[{'$ref':'#/$defs/base'}],'oneOf':["
                + "{'properties':{'email':{'type':'string'}},'required':['email']},"
                + "{'properties':{'phone':{'type':'string'}},'required':['phone']}]}";
        // when
        JsonNode root = normalize(schema);
        // then
        assertThat(root.path("properties").fieldNames()).toIterable()
                .containsExactly("id", "email", "phone");
        assertThat(root.path("required").toString()).isEqualTo("[\"id\"]");
        assertThat(root.path("additionalProperties").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("a property two parts declare differently is a JSON value, with a warning that "
            + "names both places")
    void conflict() throws Exception {
        // given
        String schema = "{'type':'object','properties':{'p':{'allOf':["
                + "{'properties':{'a':{'type':'string','maxLength':3}}},"
                + "{'properties':{'a':{'type':'string','description':'same type'},"
                + "'b':{'type':'integer'}}},"
                + "{'properties':{'b':{'type':'string'}}},"
                + "{'properties':{'b':{'type':'boolean'}}}]}}}";
        // when
        JsonNode p = normalize(schema).at("/properties/p");
        // then
        assertThat(p.at("/properties/a/type").asText()).isEqualTo("string");
        assertThat(p.at("/properties/b/existingJavaType").asText()).isEqualTo(NODE);
        assertThat(warnings()).containsExactly("WARNING [composition-conflict] testkit/"
                + "TESTKIT_RUN#/properties/p/allOf/2/properties/b: \"b\" is declared differently "
                + "at /properties/p/allOf/1/properties/b; it is mapped to a JSON value, which "
                + "holds what either declaration allows");
    }

    @Test
    @DisplayName("a warning inside a merged part points into that part, and a required name no "
            + "part declares is reported where it is listed")
    void mergedPartsKeepTheirLocations() throws Exception {
        // given
        String schema = "{'definitions':{'base':{'type':'object','properties':{'items':{'type':"
                + "'array','items':{'type':'object','properties':{'x':{}},'required':['nope']}}}}},"
                + "'type':'object','allOf':[{'$ref':'#/definitions/base'}],"
                + "'properties':{'q':{}},'required':['ghost']}";
        // when
        normalize(schema);
        // then
        assertThat(warnings()).containsExactly(
                "WARNING [unknown-required-property] testkit/TESTKIT_RUN#/required/0: required "
                        + "names \"ghost\", which no part of the composition declares; ignored",
                "WARNING [unknown-required-property] testkit/TESTKIT_RUN#/definitions/base/"
                        + "properties/items/items/required/0: required names \"nope\", which is "
                        + "not a property; ignored");
    }

    @Test
    @DisplayName("extras typed by a merged part's additionalProperties keep that part's location")
    void mergedExtrasKeepTheirLocation() throws Exception {
        // given
        String schema = "{'type':'object','properties':{'p':{'allOf':[{'properties':{'a':{}}},"
                + "{'properties':{'b':{}},'additionalProperties':{'$ref':'#/nowhere'}}]}}}";
        // when
        normalize(schema);
        // then
        assertThat(warnings()).containsExactly("WARNING [unresolved-ref] testkit/TESTKIT_RUN#/"
                + "properties/p/allOf/1/additionalProperties/$ref: \"#/nowhere\" points at "
                + "nothing; mapped to a JSON value");
    }

    @Test
    @DisplayName("unions that admit non-objects, a nullable object and a lone allOf keep their "
            + "mapping")
    void notMerged() throws Exception {
        // given
        String schema = "{'type':'object','properties':{"
                + "'s':{'oneOf':[{'type':'string'},{'type':'integer'}]},"
                + "'n':{'anyOf':[{'type':'object','properties':{'a':{}}},{'type':'null'}]},"
                + "'m':{'oneOf':[{'type':'object','properties':{'a':{}}},{'type':'string'}]},"
                + "'e':{'anyOf':[{'type':'object','properties':{'a':{}}},{}]},"
                + "'t':{'type':'array','oneOf':[{'properties':{'a':{}}},{'properties':{'b':{}}}]},"
                + "'l':{'allOf':[{'type':'integer'}]}}}";
        // when
        JsonNode properties = normalize(schema).path("properties");
        // then
        assertThat(properties.at("/s/existingJavaType").asText()).isEqualTo(NODE);
        assertThat(properties.at("/n/properties/a").isMissingNode()).isFalse();
        assertThat(properties.at("/n/type").asText()).isEqualTo("object");
        assertThat(properties.at("/m/existingJavaType").asText()).isEqualTo(NODE);
        assertThat(properties.at("/e/existingJavaType").asText()).isEqualTo(NODE);
        assertThat(properties.at("/t/existingJavaType").asText()).isEqualTo(NODE);
        assertThat(properties.at("/l/type").asText()).isEqualTo("integer");
    }

    @Test
    @DisplayName("properties with anyOf branches that only require names stay one class")
    void requiredOnlyBranches() throws Exception {
        // given
        String schema = "{'type':'object','properties':{'p':{'type':'object','properties':"
                + "{'a':{'type':'string'},'b':{'type':'string'}},"
                + "'anyOf':[{'required':['a']},{'required':['b']}]}}}";
        // when
        JsonNode p = normalize(schema).at("/properties/p");
        // then
        assertThat(p.path("properties").fieldNames()).toIterable().containsExactly("a", "b");
        assertThat(p.path("required").isEmpty()).isTrue();
        assertThat(reported).isEmpty();
    }

    @Test
    @DisplayName("an allOf that refers to itself is a JSON value, and normalizing it ends")
    void recursiveAllOf() throws Exception {
        // given
        String schema = "{'definitions':{'node':{'allOf':[{'$ref':'#/definitions/node'},"
                + "{'$ref':'#/definitions/node'}],'properties':{'v':{'type':'integer'},"
                + "'next':{'$ref':'#/definitions/node'}}}},'type':'object','properties':"
                + "{'root':{'$ref':'#/definitions/node'}}}";
        // when
        JsonNode root = normalize(schema).at("/properties/root");
        // then
        assertThat(root.path("existingJavaType").asText()).isEqualTo(NODE);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("a nested class keeps extra keys typed by additionalProperties, or by the "
            + "schema every pattern agrees on; JSON-valued otherwise; none when closed")
    @CsvSource(delimiter = '|', value = {
        "{}|true",
        "{'additionalProperties':true}|true",
        "{'additionalProperties':{'description':'any'}}|true",
        "{'additionalProperties':false}|false",
        "{'additionalProperties':{'type':'integer'}}|{'type':'integer'}",
        "{'additionalProperties':{'type':'string','format':'uri'}}|{'type':'string'}",
        "{'patternProperties':{'^x-':{'type':'string'}}}|true",
        "{'patternProperties':{'^x-':{'type':'string'}},'additionalProperties':false}"
                + "|{'type':'string'}",
        "{'patternProperties':{'^x-':{'type':'string'},'^y':{'type':'string','maxLength':2}},"
                + "'additionalProperties':{'type':'string'}}|{'type':'string'}",
        "{'patternProperties':{'^x-':{'type':'string'},'^y':{'type':'integer'}},"
                + "'additionalProperties':false}|true",
    })
    void nestedExtras(String keywords, String expected) throws Exception {
        // given
        ObjectNode inner = (ObjectNode) JSON.readTree(
                "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}}}");
        inner.setAll((ObjectNode) JSON.readTree(keywords.replace('\'', '"')));
        // when
        JsonNode nested = normalize("{'type':'object','properties':{'n':" + inner + "}}")
                .at("/properties/n/additionalProperties");
        // then
        assertThat(nested.toString().replace('"', '\'')).isEqualTo(expected);
    }

    @Test
    @DisplayName("object-valued extras become a named class of their own")
    void objectValuedExtras() throws Exception {
        // given
        String schema = "{'type':'object','properties':{'n':{'type':'object','properties':"
                + "{'a':{}},'additionalProperties':{'type':'object','properties':{'v':"
                + "{'type':'integer'}}}}}}";
        // when
        JsonNode extras = normalize(schema).at("/properties/n/additionalProperties");
        // then
        assertThat(extras.at("/properties/v/type").asText()).isEqualTo("integer");
        assertThat(extras.path("additionalProperties").asBoolean()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("an object with only patternProperties is a map typed where the patterns agree")
    @CsvSource(delimiter = '|', value = {
        "{'additionalProperties':false,'patternProperties':{'^a':{'type':'integer'}}}"
                + "|java.util.Map<java.lang.String,java.lang.Long>",
        "{'additionalProperties':false,'patternProperties':{'^a':{'type':'integer'},"
                + "'^b':{'type':'string'}}}|" + NODE,
        "{'patternProperties':{'^a':{'type':'integer'}}}|" + NODE,
    })
    void patternMaps(String keywords, String expected) throws Exception {
        // given
        String schema = "{'type':'object','properties':{'m':{'type':'object',"
                + keywords.substring(1) + "}}";
        // when
        JsonNode m = normalize(schema).at("/properties/m");
        // then
        assertThat(m.path("existingJavaType").asText()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("numbers widen to BigInteger/BigDecimal only where the schema says values do "
            + "not fit Long/Double")
    @CsvSource(delimiter = '|', value = {
        "{'type':'integer'}|{'type':'integer'}",
        "{'type':'integer','maximum':9223372036854775807}|{'type':'integer'}",
        "{'type':'integer','maximum':9223372036854775808}"
                + "|{'existingJavaType':'java.math.BigInteger'}",
        "{'type':'integer','minimum':-1e30}|{'existingJavaType':'java.math.BigInteger'}",
        "{'type':'number'}|{'type':'number'}",
        "{'type':'number','format':'decimal'}|{'existingJavaType':'java.math.BigDecimal'}",
        "{'type':'number','maximum':1e400}|{'existingJavaType':'java.math.BigDecimal'}",
        "{'type':'number','maximum':1e300}|{'type':'number'}",
        "{'const':9223372036854775808}|{'existingJavaType':'java.math.BigInteger'}",
        "{'enum':[1,-9223372036854775809]}|{'existingJavaType':'java.math.BigInteger'}",
        "{'enum':[1,9223372036854775807]}|{'type':'integer'}",
    })
    void numbers(String property, String expected) throws Exception {
        // given
        String schema = "{'type':'object','properties':{'p':" + property + "}}";
        // when
        ObjectNode p = normalize(schema).at("/properties/p").deepCopy();
        p.remove(NormalizedSchema.WIRE_NAME);
        // then
        assertThat(p.toString().replace('"', '\'')).isEqualTo(expected);
    }
}
