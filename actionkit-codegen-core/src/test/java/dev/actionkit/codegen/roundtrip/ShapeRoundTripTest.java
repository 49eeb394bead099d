package dev.actionkit.codegen.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.actionkit.codegen.roundtrip.ShapeSchemas.Shape;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One hand-written schema per shape of issue 14 (the issue's own examples), generated and
 * compiled once; each document below is read, sent, rebuilt and sent again through the
 * compiled classes, and must come back as it was, with declared members typed.
 */
@DisplayName("Each shape of issue 14 round-trips through the generated classes")
class ShapeRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<ShapeCatalog.Action> ACTIONS = List.of(
            action("SHAPES_PATTERNS", Shape.PATTERN_PROPERTIES, "{'type':'object','properties':{"
                    + "'options':{'type':'object','properties':{'name':{'type':'string'}},"
                    + "'patternProperties':{'^createOptions[0-9]*$':{'type':'integer'}},"
                    + "'additionalProperties':false}},"
                    + "'patternProperties':{'^x-':{'type':'string'}}}"),
            action("SHAPES_NESTED", Shape.NESTED_OPEN, "{'type':'object','properties':{'items':"
                    + "{'type':'array','items':{'type':'object','properties':{'id':{'type':"
                    + "'string'}}}},'meta':{'type':'object','properties':{'a':{'type':'integer'}},"
                    + "'additionalProperties':{}}}}"),
            action("SHAPES_ALLOF", Shape.ALLOF_SIBLINGS, "{'definitions':{'base':{'type':"
                    + "'object','properties':{'color':{'type':'string'}}}},'type':'object',"
                    + "'properties':{'layout':{'allOf':[{'$ref':'#/definitions/base'}],"
                    + "'properties':{'spacing':{'type':'number'}}}}}"),
            action("SHAPES_UNION", Shape.ALLOF_UNION, "{'definitions':{'base':{'type':'object',"
                    + "'properties':{'id':{'type':'string'}},'required':['id']}},"
                    + "'allOf':[{'$ref':'#/definitions/base'}],'oneOf':["
                    + "{'properties':{'email':{'type':'string'}},'required':['email']},"
                    + "{'properties':{'phone':{'type':'integer'}},'required':['phone']}]}"),
            action("SHAPES_EXTRAS", Shape.PROPERTIES_AND_EXTRAS_SCHEMA, "{'type':'object',"
                    + "'properties':{'labels':{'type':'object','properties':{'main':{'type':"
                    + "'string'}},'additionalProperties':{'type':'object','properties':{'v':"
                    + "{'type':'boolean'}}}}}}"),
            action("SHAPES_NUMBERS", Shape.ENUMS_AND_NUMBERS, "{'type':'object','properties':{"
                    + "'big':{'type':'integer','minimum':0,'maximum':1e30},"
                    + "'exact':{'type':'number','format':'decimal'},"
                    + "'size':{'type':'string','enum':['Mr.','1000+','']}}}"),
            action("SHAPES_NULLS", Shape.NULLABLE, "{'type':'object','properties':{"
                    + "'note':{'type':['string','null']},'pick':{'anyOf':[{'type':'integer'},"
                    + "{'type':'null'}]},'free':{'type':'object'},'nested':{'type':'object',"
                    + "'properties':{'n':{'type':'string','nullable':true}},"
                    + "'additionalProperties':false}}}"),
            action("SHAPES_ENUM_LISTS", Shape.ENUMS_AND_NUMBERS, "{'type':'object',"
                    + "'properties':{'sizes':{'type':'array','items':{'type':'string',"
                    + "'enum':['S','M']}},'size':{'type':'string','enum':['S','M']}}}"),
            action("SHAPES_TYPED_EXTRAS", Shape.PROPERTIES_AND_EXTRAS_SCHEMA, "{'type':'object',"
                    + "'properties':{'tags':{'type':'object','properties':{'main':{'type':"
                    + "'string'}},'additionalProperties':{'type':'string'}},'flags':{'type':"
                    + "'object','properties':{'on':{'type':'boolean'}},'patternProperties':"
                    + "{'^f-':{'type':'boolean'}},'additionalProperties':false}}}"),
            action("SHAPES_ENUM_REFS", Shape.ENUMS_AND_NUMBERS, "{'$defs':{'color':{'type':"
                    + "'string','enum':['red','green']},'part':{'type':'object','properties':{"
                    + "'color':{'$ref':'#/$defs/color'}}}},'type':'object','properties':{"
                    + "'front':{'$ref':'#/$defs/color'},'back':{'$ref':'#/$defs/color'},"
                    + "'sides':{'type':'array','items':{'$ref':'#/$defs/color'}},"
                    + "'top':{'$ref':'#/$defs/part'},'bottom':{'$ref':'#/$defs/part'}}}"),
            action("SHAPES_EXTRAS_REFS", Shape.ENUMS_AND_NUMBERS, "{'$defs':{'kind':{'type':"
                    + "'string','enum':['a','b']}},'type':'object','properties':{'nested':{"
                    + "'type':'object','properties':{'x':{'type':'string'}},"
                    + "'additionalProperties':{'$ref':'#/$defs/kind'}},"
                    + "'color':{'$ref':'#/$defs/kind'},'colors':{'type':'array','items':"
                    + "{'$ref':'#/$defs/kind'}}}}"));

    private static CompiledCatalog compiled;
    private static RoundTrip roundTrip;

    private static ShapeCatalog.Action action(String name, Shape shape, String schema) {
        try {
            return new ShapeCatalog.Action(name, shape, JSON.readTree(schema.replace('\'', '"')));
        } catch (Exception e) {
            throw new IllegalArgumentException(schema, e);
        }
    }

    @BeforeAll
    static void compile() throws Exception {
        compiled = CompiledCatalog.of(ShapeCatalog.of(ACTIONS));
        roundTrip = new RoundTrip();
    }

    @AfterAll
    static void close() throws Exception {
        roundTrip.close();
        compiled.close();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @DisplayName("a valid document is sent exactly, read-then-written and built")
    @CsvSource(delimiter = '|', value = {
        "SHAPES_PATTERNS|{'options':{'name':'n','createOptions':1,'createOptions12':2},"
                + "'x-trace':'t','other':[1]}",
        "SHAPES_NESTED|{'items':[{'id':'a','Level__c':'Gold'},{'extra':{'deep':[true]}}],"
                + "'meta':{'a':1,'b':{'c':'d'}}}",
        "SHAPES_ALLOF|{'layout':{'color':'red','spacing':1.5,'more':'kept'}}",
        "SHAPES_UNION|{'id':'1','email':'a@b.c'}",
        "SHAPES_UNION|{'id':'1','phone':5551234,'note':'extra'}",
        "SHAPES_EXTRAS|{'labels':{'main':'m','one':{'v':true},'two':{'v':false,'w':1}}}",
        "SHAPES_NUMBERS|{'big':123456789012345678901234567890,"
                + "'exact':0.10000000000000000000000000001,'size':'1000+'}",
        "SHAPES_NULLS|{'note':null,'pick':null,'nested':{'n':null}}",
        "SHAPES_NULLS|{'note':'set','extra':null,'free':{'k':null,'d':[null,{'e':null}]}}",
        "SHAPES_NULLS|{'nested':{'n':'set'},'pick':3}",
        "SHAPES_ENUM_LISTS|{'sizes':['S','M'],'size':'M'}",
        "SHAPES_ENUM_LISTS|{'sizes':['S','XL'],'size':'XXL'}",
        "SHAPES_TYPED_EXTRAS|{'tags':{'main':'m','a':'b','':'c'},'flags':{'on':true,'f-x':false}}",
        "SHAPES_ENUM_REFS|{'front':'red','back':'green','sides':['red'],'top':{'color':'red'},"
                + "'bottom':{'color':'green'}}",
        "SHAPES_ENUM_REFS|{'front':'blue','back':'pink','sides':['red','teal'],"
                + "'top':{'color':'gold'},'bottom':{'color':'grey'}}",
        "SHAPES_EXTRAS_REFS|{'nested':{'x':'s','k1':'a','k2':'zz'},'color':'b','colors':['a']}",
        "SHAPES_EXTRAS_REFS|{'nested':{'x':'s'},'color':'qq','colors':['a','rr']}",
    })
    void roundTrips(String name, String document) throws Exception {
        // given
        ShapeCatalog.Action action = ACTIONS.stream().filter(a -> a.name().equals(name))
                .findFirst().orElseThrow();
        JsonNode json = RoundTrip.EXACT.readTree(document.replace('\'', '"'));
        // when
        List<String> losses = roundTrip.losses(compiled.paramsClass(action), action.schema(),
                json);
        // then
        assertThat(losses).isEmpty();
    }

    @Test
    @DisplayName("merged members are typed: builder setters and value types exist")
    void typedMembers() throws Exception {
        // given
        ClassLoader loader = compiled.paramsClass(ACTIONS.get(0)).getClassLoader();
        String p = CompiledCatalog.PACKAGE + ".";
        // when
        Class<?> layout = loader.loadClass(p + "ShapesAllofLayout");
        Class<?> union = compiled.paramsClass(ACTIONS.get(3));
        Class<?> numbers = compiled.paramsClass(ACTIONS.get(5));
        // then
        assertThat(builderMethods(layout)).contains("color", "spacing");
        assertThat(builderMethods(union)).contains("id", "email", "phone");
        assertThat(numbers.getDeclaredField("big").getType().getName())
                .isEqualTo("java.math.BigInteger");
        assertThat(numbers.getDeclaredField("exact").getType().getName())
                .isEqualTo("java.math.BigDecimal");
    }

    @Test
    @DisplayName("a $ref met first in extra-property values leaves its name to the generated type")
    void extraValueTypesTakeNoName() throws Exception {
        // given
        Class<?> refs = compiled.paramsClass(ACTIONS.stream()
                .filter(a -> a.name().equals("SHAPES_EXTRAS_REFS")).findFirst().orElseThrow());
        // when
        Class<?> color = refs.getDeclaredField("color").getType();
        // then
        assertThat(color.getName()).isEqualTo(CompiledCatalog.PACKAGE + ".ShapesExtrasRefsKind");
    }

    @Test
    @DisplayName("known enum values in a list read typed; an unknown one keeps the list as read")
    void enumLists() throws Exception {
        // given
        Class<?> type = compiled.paramsClass(ACTIONS.get(7));
        java.lang.reflect.Field sizes = type.getDeclaredField("sizes");
        sizes.setAccessible(true);
        // when
        Object known = JSON.readValue("{\"sizes\":[\"S\",\"M\"]}", type);
        Object unknown = JSON.readValue("{\"sizes\":[\"S\",\"XL\"]}", type);
        // then
        assertThat((List<?>) sizes.get(known)).extracting(Object::toString)
                .containsExactly("S", "M");
        assertThat(sizes.get(unknown)).isNull();
        assertThat(BuilderCopy.extras(unknown).get("sizes")).isEqualTo(List.of("S", "XL"));
    }

    @Test
    @DisplayName("string- and boolean-valued extras get a typed additionalProperty, and only it")
    void typedExtras() throws Exception {
        // given
        ClassLoader loader = compiled.paramsClass(ACTIONS.get(0)).getClassLoader();
        String p = CompiledCatalog.PACKAGE + ".";
        // when
        List<String> tags = additionalPropertySignatures(loader.loadClass(p
                + "ShapesTypedExtrasTags"));
        List<String> flags = additionalPropertySignatures(loader.loadClass(p
                + "ShapesTypedExtrasFlags"));
        List<String> open = additionalPropertySignatures(compiled.paramsClass(ACTIONS.get(8)));
        // then
        assertThat(tags).containsExactly("String,String");
        assertThat(flags).containsExactly("String,Boolean");
        assertThat(open).containsExactly("String,Object");
    }

    private static List<String> additionalPropertySignatures(Class<?> type) throws Exception {
        Class<?> builder = type.getMethod("builder").getReturnType();
        return Arrays.stream(builder.getMethods())
                .filter(m -> m.getName().equals("additionalProperty"))
                .map(m -> Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName)
                        .collect(java.util.stream.Collectors.joining(",")))
                .toList();
    }

    private static List<String> builderMethods(Class<?> type) throws Exception {
        Class<?> builder = type.getMethod("builder").getReturnType();
        return Arrays.stream(builder.getMethods()).map(m -> m.getName()).toList();
    }
}
