package dev.actionkit.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.actionkit.testkit.Javac;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles the golden files as they are committed, with a small program that uses them the way
 * an application does, and checks what they send and read.
 */
@DisplayName("The golden files compile and send exactly what was built")
class GoldenBehaviourTest {

    private static final Path EXPECTED = Path.of("src/test/resources/golden/expected");

    private static final String DRIVER = """
            package com.acme.golden;

            import com.fasterxml.jackson.databind.ObjectMapper;
            import java.util.ArrayList;
            import java.util.List;

            public final class GoldenDriver {
                private static final ObjectMapper JSON = new ObjectMapper();

                public static String sent() throws Exception {
                    List<SlackSendMessageAttachmentsItem> items = new ArrayList<>();
                    items.add(SlackSendMessageAttachmentsItem.builder().text("t")
                            .additionalProperty("x-extra", 1).build());
                    SlackSendMessageParams.Builder builder = SlackSendMessageParams.builder()
                            .channel("#c").message("m").attachments(items)
                            .priority(SlackSendMessagePriority._1000_PLUS)
                            .additionalProperty("Level__c", "Gold");
                    SlackSendMessageParams first = builder.build();
                    items.clear();
                    builder.botName("later").additionalProperty("Other__c", 2);
                    return JSON.writeValueAsString(first);
                }

                public static String roundTrip(String json) throws Exception {
                    return JSON.writeValueAsString(
                            JSON.readValue(json, SlackSendMessageParams.class));
                }

                public static String explicitNull() throws Exception {
                    GoogleDriveListFilesParams.Builder builder = GoogleDriveListFilesParams
                            .builder().class_(true);
                    String unset = JSON.writeValueAsString(builder.build());
                    String cleared = JSON.writeValueAsString(builder.pageSize(null).build());
                    String set = JSON.writeValueAsString(builder.pageSize(5L).build());
                    return unset + " " + cleared + " " + set;
                }

                public static boolean closedHasNoExtras() {
                    for (var m : SlackSendMessageLayout.Builder.class.getMethods()) {
                        if (m.getName().equals("additionalProperty")) {
                            return false;
                        }
                    }
                    return true;
                }

                public static boolean extrasAreReadOnly() {
                    try {
                        SlackSendMessageParams.builder().build().getAdditionalProperties()
                                .put("a", 1);
                        return false;
                    } catch (UnsupportedOperationException e) {
                        return true;
                    }
                }

                public static String options() throws Exception {
                    return JSON.writeValueAsString(SlackSendMessageParams.builder()
                            .apply(o -> o.botName("first").message("m"), o -> o.botName("second"))
                            .apply().channel("#c").build());
                }

                public static String nullOption(boolean wholeArray) {
                    try {
                        if (wholeArray) {
                            SlackSendMessageParams.builder().apply(
                                    (java.util.function.Consumer<SlackSendMessageParams.Builder>[])
                                            null);
                        } else {
                            SlackSendMessageParams.builder().apply(o -> o.botName("x"), null);
                        }
                        return "accepted";
                    } catch (NullPointerException e) {
                        return e.getMessage();
                    }
                }

                public static boolean listsAreReadOnly() {
                    List<SlackSendMessageAttachmentsItem> items = SlackSendMessageParams.builder()
                            .attachments(new ArrayList<>()).build().getAttachments();
                    try {
                        items.add(null);
                        return false;
                    } catch (UnsupportedOperationException e) {
                        return true;
                    }
                }
            }
            """;

    private static ClassLoader loader;

    @BeforeAll
    static void compile(@TempDir Path dir) throws IOException {
        Path sources = dir.resolve("src");
        try (Stream<Path> files = Files.walk(EXPECTED)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = sources.resolve(EXPECTED.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        Files.writeString(sources.resolve("com/acme/golden/GoldenDriver.java"), DRIVER);
        Javac.Outcome outcome = TestCatalogs.JAVAC.compile(sources, dir.resolve("classes"));
        assertThat(outcome.success()).as(outcome.diagnostics()).isTrue();
        loader = outcome.classLoader();
    }

    private static Object call(String method, Object... arguments) throws Exception {
        Class<?> driver = loader.loadClass("com.acme.golden.GoldenDriver");
        for (Method m : driver.getMethods()) {
            if (m.getName().equals(method)) {
                return m.invoke(null, arguments);
            }
        }
        throw new AssertionError("no method " + method);
    }

    @Test
    @DisplayName("a built object sends its values and extra properties at every level, in schema "
            + "order, and later changes to the builder or the list given do not reach it")
    void sendsWhatWasBuilt() throws Exception {
        // when
        Object sent = call("sent");
        // then
        assertThat(sent).isEqualTo("{\"channel\":\"#c\",\"message\":\"m\",\"priority\":\"1000+\","
                + "\"attachments\":[{\"text\":\"t\",\"x-extra\":1}],\"Level__c\":\"Gold\"}");
    }

    @Test
    @DisplayName("a document read into the parameter class is written back the same, with the "
            + "undeclared keys of nested objects")
    void readsAndWritesBack() throws Exception {
        // given
        String document = "{\"channel\":\"#c\",\"message\":\"m\",\"attachments\":[{\"text\":\"t\","
                + "\"field-color\":\"red\",\"extra\":[1,2]}],\"metadata\":{\"a\":{\"b\":true}},"
                + "\"Level__c\":\"Gold\"}";
        // when
        Object written = call("roundTrip", document);
        // then
        assertThat(written).isEqualTo(document);
    }

    @Test
    @DisplayName("a nullable property set to null is sent as null, not set it is not sent, and "
            + "set to a value it is sent with that value")
    void explicitNulls() throws Exception {
        assertThat(call("explicitNull")).isEqualTo(
                "{\"class\":true} {\"class\":true,\"pageSize\":null} "
                + "{\"pageSize\":5,\"class\":true}");
    }

    @Test
    @DisplayName("a nested class whose schema says additionalProperties: false has no "
            + "additionalProperty setter")
    void closedObjects() throws Exception {
        assertThat(call("closedHasNoExtras")).isEqualTo(true);
    }

    @Test
    @DisplayName("an enum value this version does not know is read back and written as it was "
            + "read; a known one reads as its constant")
    void unknownEnumValuesRoundTrip() throws Exception {
        // given
        String document = "{\"channel\":\"#c\",\"message\":\"m\",\"priority\":\"urgent\"}";
        // when
        Object written = call("roundTrip", document);
        Object known = call("roundTrip", document.replace("urgent", "1000+"));
        // then
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree((String) written)).isEqualTo(json.readTree(document));
        assertThat(known).isEqualTo(document.replace("urgent", "1000+"));
    }

    @Test
    @DisplayName("a builder applies any number of options, in order, and names a null one")
    void optionsApplyInOrder() throws Exception {
        assertThat(call("options")).isEqualTo(
                "{\"channel\":\"#c\",\"message\":\"m\",\"botName\":\"second\"}");
        assertThat(call("nullOption", false)).isEqualTo("an option is null");
        assertThat(call("nullOption", true)).isEqualTo("options == null");
    }

    @Test
    @DisplayName("a built object's extra properties and lists cannot be changed")
    void builtObjectsAreReadOnly() throws Exception {
        assertThat(call("extrasAreReadOnly")).isEqualTo(true);
        assertThat(call("listsAreReadOnly")).isEqualTo(true);
    }
}
