package dev.actionkit.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.actionkit.codegen.diagnostic.Diagnostic;
import dev.actionkit.codegen.diagnostic.Severity;
import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.Javac;
import dev.actionkit.testkit.RecordedRequest;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Real catalogs generate code that compiles and sends exactly the wire JSON")
class RealCatalogCompileTest {

    private static final String PROBE = """
            package com.acme.sample;

            import dev.actionkit.runtime.ActionKitClient;

            public final class Probe {
                public static void run(String baseUrl) {
                    Actions actions = new Actions(ActionKitClient.builder().baseUrl(baseUrl)
                            .projectId("p").build().forUser("user-token"));
                    actions.slack().sendDirectMessage("U1", "Hello", "Deploy bot", ":dog:");
                    actions.slack().sendDirectMessage("U1", "Hi", "Bot", ":cat:",
                            o -> o.authenticatedUser(true).blocks(null));
                    actions.salesforce().createRecordContact(SalesforceCreateRecordContactParams
                            .builder().lastName("Lovelace").name("Ada")
                            .salutation(SalesforceCreateRecordContactSalutation.MS)
                            .additionalProperty("Custom__c", "Gold").build());
                    actions.hubspot().searchRecordsContactsAsync().join();
                    actions.googleDrive().getFileById("f1", o -> o.fileId("ignored"));
                    actions.slack().sendDirectMessageAsync("U2", "Two", "Bot", ":owl:",
                            o -> o.authenticatedUser(false).botName("ignored"),
                            o -> o.authenticatedUser(true)).join();
                }
            }
            """;

    @Test
    @DisplayName("the 20-action sample compiles, and typed calls send original names, nothing "
            + "absent, extra properties at top level, and options in order with the required "
            + "arguments last")
    void sampleCompilesAndSerializes(@TempDir Path dir) throws Exception {
        // given
        Path sources = dir.resolve("src");
        TestCatalogs.generate(CodeGenerator.readCatalog(TestCatalogs.SAMPLE), sources,
                "com.acme.sample");
        Files.writeString(sources.resolve("com/acme/sample/Probe.java"), PROBE,
                StandardCharsets.UTF_8);
        // when
        Javac.Outcome outcome = TestCatalogs.JAVAC.compile(sources, dir.resolve("classes"));
        // then
        assertThat(outcome.success()).as(outcome.diagnostics()).isTrue();
        try (FakeActionKit server = FakeActionKit.start("p", 0)) {
            Method run = outcome.classLoader().loadClass("com.acme.sample.Probe")
                    .getMethod("run", String.class);
            run.invoke(null, server.baseUrl());
            assertThat(server.runs()).extracting(RecordedRequest::bodyText).containsExactly(
                    "{\"action\":\"SLACK_SEND_DIRECT_MESSAGE\",\"parameters\":{\"memberId\":\"U1\","
                            + "\"message\":\"Hello\",\"botName\":\"Deploy bot\","
                            + "\"botIcon\":\":dog:\"}}",
                    "{\"action\":\"SLACK_SEND_DIRECT_MESSAGE\",\"parameters\":{\"memberId\":\"U1\","
                            + "\"message\":\"Hi\",\"botName\":\"Bot\",\"botIcon\":\":cat:\","
                            + "\"authenticatedUser\":true}}",
                    "{\"action\":\"SALESFORCE_CREATE_RECORD_CONTACT\",\"parameters\":{"
                            + "\"LastName\":\"Lovelace\",\"Salutation\":\"Ms.\",\"Name\":\"Ada\","
                            + "\"Custom__c\":\"Gold\"}}",
                    "{\"action\":\"HUBSPOT_SEARCH_RECORDS_CONTACTS\",\"parameters\":{}}",
                    "{\"action\":\"GOOGLE_DRIVE_GET_FILE_BY_ID\","
                            + "\"parameters\":{\"fileId\":\"f1\"}}",
                    "{\"action\":\"SLACK_SEND_DIRECT_MESSAGE\",\"parameters\":{\"memberId\":\"U2\","
                            + "\"message\":\"Two\",\"botName\":\"Bot\",\"botIcon\":\":owl:\","
                            + "\"authenticatedUser\":true}}");
        }
    }

    @Test
    @DisplayName("all 1,180 actions of the Klavis corpus generate and compile")
    void klavisCompiles(@TempDir Path dir) throws Exception {
        // given
        Path sources = dir.resolve("src");
        // when
        List<Diagnostic> reported = TestCatalogs.generate(
                CodeGenerator.readCatalog(TestCatalogs.KLAVIS), sources, "com.acme.klavis");
        Javac.Outcome outcome = TestCatalogs.JAVAC.compile(sources, dir.resolve("classes"));
        // then
        assertThat(reported).noneMatch(d -> d.severity() == Severity.ERROR);
        assertThat(outcome.success()).as(outcome.diagnostics()).isTrue();
        Class<?> actions = outcome.classLoader().loadClass("com.acme.klavis.Actions");
        List<?> descriptors = (List<?>) actions.getMethod("descriptors").invoke(null);
        assertThat(descriptors).hasSize(1180);
    }
}
