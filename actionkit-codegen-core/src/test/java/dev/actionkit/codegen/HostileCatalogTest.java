package dev.actionkit.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.actionkit.codegen.diagnostic.Diagnostic;
import dev.actionkit.runtime.ActionDescriptor;
import dev.actionkit.testkit.Javac;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A hostile catalog yields compilable code, deliberate names and no injected code")
class HostileCatalogTest {

    private static final String PACKAGE = "com.acme.hostile";
    private static final String PROBE = """
            package com.acme.hostile;

            import com.fasterxml.jackson.databind.ObjectMapper;
            import com.fasterxml.jackson.databind.node.JsonNodeFactory;
            import java.util.List;

            public final class Probe {
                public static List<String> run() throws Exception {
                    ObjectMapper mapper = new ObjectMapper();
                    TestkitPropertiesParams props = TestkitPropertiesParams.builder()
                            .fieldEmail("e").class_("c").property("jp")
                            .additionalProperties2("ap").instance("i").copy("cp").build("b")
                            .searchDepth("camel").searchDepth2("snake").aB("A B").aB2("a b")
                            .getClass_("gc").wait_("w").com("com")
                            .additionalProperty("", "empty")
                            .additionalProperty("Custom__c", "Gold").build();
                    TestkitTypesParams types = TestkitTypesParams.builder()
                            .salutation(TestkitTypesSalutation.MR).intEnum(2L)
                            .constNumber(5L).nullableAnyOf(7L)
                            .oneOfUnion(JsonNodeFactory.instance.numberNode(1))
                            .stringMap(java.util.Map.of("k", "v"))
                            .attachments(List.of(TestkitTypesAttachmentsItem.builder().text("t")
                                    .class_(true).build()))
                            .address(TestkitTypesAddress.builder().street("s").build())
                            .billing(TestkitTypesAddress.builder().zip("z").build())
                            .arrayOfArrays(List.of(List.of(1.5))).build();
                    return List.of(mapper.writeValueAsString(props),
                            mapper.writeValueAsString(types),
                            String.valueOf(mapper.readValue("\\"Mr.\\"",
                                    TestkitTypesSalutation.class)),
                            String.valueOf(mapper.readValue("\\"unknown\\"",
                                    TestkitTypesSalutation.class)),
                            String.valueOf(TestkitTypesSalutation.A.value()
                                    + TestkitTypesSalutation.A2.value()
                                    + TestkitTypesSalutation.EMPTY.value()
                                    + TestkitTypesSalutation._1000_PLUS.value()
                                    + TestkitTypesSalutation.CONSTANTS2.value()));
                }
            }
            """;

    private static List<Diagnostic> reported;
    private static Javac.Outcome outcome;
    private static Path sources;

    @BeforeAll
    static void generateAndCompile(@TempDir Path dir) throws Exception {
        sources = dir.resolve("src");
        reported = TestCatalogs.generate(HostileCatalog.build(), sources, PACKAGE);
        Files.writeString(sources.resolve("com/acme/hostile/Probe.java"), PROBE,
                StandardCharsets.UTF_8);
        outcome = TestCatalogs.JAVAC.compile(sources, dir.resolve("classes"));
    }

    private static Class<?> load(String simpleName) throws ClassNotFoundException {
        return outcome.classLoader().loadClass(PACKAGE + "." + simpleName);
    }

    private static List<String> methodNames(String simpleName) throws Exception {
        return Arrays.stream(load(simpleName).getDeclaredMethods()).map(Method::getName)
                .distinct().sorted().toList();
    }

    @Test
    @DisplayName("every generated source compiles")
    void compiles() {
        assertThat(outcome.success()).as(outcome.diagnostics()).isTrue();
    }

    @Test
    @DisplayName("integration accessors come from the shared action prefix, else the key")
    void accessors() throws Exception {
        assertThat(methodNames("Actions")).containsExactly("_12306", "descriptors",
                "googleDrive", "spotify", "testkit");
    }

    @Test
    @DisplayName("method names avoid keywords, Object's methods, generated members and async twins")
    void methodNames() throws Exception {
        assertThat(methodNames("SpotifyActions")).containsExactly("descriptors", "getClass_",
                "getClass_Async", "play", "playAsync", "playAsync2", "playAsync2Async", "wait_",
                "wait_Async");
        assertThat(methodNames("TestkitActions")).contains("fail500", "record_", "record_2",
                "descriptors2", "long_", "notObject", "properties", "types");
        assertThat(methodNames("GoogleDriveActions")).contains("listFiles");
    }

    @Test
    @DisplayName("required parameters are arguments in required order; the options argument "
            + "steps aside for a parameter named options")
    void requiredArguments() throws Exception {
        Method method = Arrays.stream(load("TestkitActions").getDeclaredMethods())
                .filter(m -> m.getName().equals("properties") && m.getParameterCount() == 5)
                .findFirst().orElseThrow();
        assertThat(Arrays.stream(method.getParameters()).map(p -> p.getType().getSimpleName()))
                .containsExactly("String", "String", "String", "String", "Consumer[]");
        String source = Files.readString(sources.resolve("com/acme/hostile/TestkitActions.java"));
        assertThat(source).contains("properties(String fieldEmail, String options, String client,"
                + "\n            String instance, "
                + "Consumer<TestkitPropertiesParams.Builder>... options_)");
    }

    @Test
    @DisplayName("a description that closes the comment or smuggles a backslash-u adds no member")
    void noInjection() throws Exception {
        for (String type : List.of("TestkitPropertiesParams", "TestkitActions", "Actions")) {
            Class<?> generated = load(type);
            assertThat(Stream.of(generated.getDeclaredMethods()).map(Method::getName))
                    .doesNotContain("injected");
            assertThat(Stream.of(generated.getDeclaredFields()).map(Field::getName))
                    .doesNotContain("smuggled");
        }
        String source = Files.readString(
                sources.resolve("com/acme/hostile/TestkitPropertiesParams.java"));
        java.util.regex.Matcher escape = java.util.regex.Pattern
                .compile("(?<!\\\\)(\\\\\\\\)*\\\\u002a").matcher(source);
        assertThat(escape.find() ? source.substring(Math.max(0, escape.start() - 40),
                escape.end() + 10) : "none").as("a unicode escape javac would decode")
                .isEqualTo("none");
        assertThat(source).doesNotContain("\r").contains("&#92;u002a/").contains("*&#47;");
    }

    @Test
    @DisplayName("parameters serialize under their wire names, absent ones are omitted, extra "
            + "ones go at top level, and enums read unknown values as null")
    void serialization() throws Exception {
        @SuppressWarnings("unchecked")
        List<String> out = (List<String>) load("Probe").getMethod("run").invoke(null);
        assertThat(out.get(0)).isEqualTo("{\"field-email\":\"e\",\"a b\":\"a b\","
                + "\"class\":\"c\",\"search_depth\":\"snake\",\"searchDepth\":\"camel\","
                + "\"additionalProperties\":\"ap\",\"A B\":\"A B\",\"getClass\":\"gc\","
                + "\"wait\":\"w\",\"instance\":\"i\",\"copy\":\"cp\",\"build\":\"b\","
                + "\"com\":\"com\",\"名前\":\"jp\",\"\":\"empty\",\"Custom__c\":\"Gold\"}");
        assertThat(out.get(1)).isEqualTo("{\"salutation\":\"Mr.\",\"intEnum\":2,"
                + "\"constNumber\":5,\"nullableAnyOf\":7,\"oneOfUnion\":1,"
                + "\"stringMap\":{\"k\":\"v\"},\"arrayOfArrays\":[[1.5]],"
                + "\"attachments\":[{\"text\":\"t\",\"class\":true}],"
                + "\"address\":{\"street\":\"s\"},\"billing\":{\"zip\":\"z\"}}");
        assertThat(out.subList(2, 5)).containsExactly("Mr.", "null", "Aa1000+CONSTANTS");
    }

    @Test
    @DisplayName("descriptors keep the exact name, a 70,000-character description and the "
            + "original schema, beyond the 65,535-byte constant limit")
    void descriptors() throws Exception {
        ActionDescriptor descriptor =
                (ActionDescriptor) load("TestkitLongParams").getField("DESCRIPTOR").get(null);
        assertThat(descriptor.name()).isEqualTo("TESTKIT_LONG");
        assertThat(descriptor.integration()).isEqualTo("testkit");
        assertThat(descriptor.description()).hasSize(70_000);
        assertThat(descriptor.parametersSchema().at("/properties/big/description").asText())
                .isEqualTo("\u20AC".repeat(30_000));
        ActionDescriptor injected = (ActionDescriptor) load("TestkitPropertiesParams")
                .getField("DESCRIPTOR").get(null);
        assertThat(injected.description()).isEqualTo(HostileCatalog.INJECTION);
        assertThat(new ObjectMapper().readTree(injected.parametersSchemaJson()).path("required"))
                .hasSize(5);
    }

    @Test
    @DisplayName("unknown required names, unresolvable references and a non-object root are "
            + "reported as warnings with their location")
    void warnings() {
        assertThat(reported).extracting(Diagnostic::toString).containsExactly(
                "WARNING [parameters-not-object] testkit/TESTKIT_NOT_OBJECT#: the parameters "
                        + "schema is not an object schema; the action gets a parameter class "
                        + "without declared properties",
                "WARNING [unknown-required-property] testkit/TESTKIT_PROPERTIES#/required/3: "
                        + "required names \"missing_prop\", which is not a property; ignored",
                "WARNING [unrepresentable-property-name] testkit/TESTKIT_PROPERTIES#/properties/: "
                        + "Jackson cannot declare a property named \"\"; send it with "
                        + "additionalProperty(\"\", value)",
                "WARNING [unknown-required-property] testkit/TESTKIT_TYPES#/properties/"
                        + "attachments/items/required/1: required names \"nope\", which is not "
                        + "a property; ignored",
                "WARNING [unresolved-ref] testkit/TESTKIT_TYPES#/properties/missingRef/$ref: "
                        + "\"#/$defs/Nope\" points at nothing; mapped to a JSON value",
                "WARNING [unresolved-ref] testkit/TESTKIT_TYPES#/properties/remoteRef/$ref: only "
                        + "local references are followed, \"https://example.com/schema.json\" is "
                        + "mapped to a JSON value");
    }
}
