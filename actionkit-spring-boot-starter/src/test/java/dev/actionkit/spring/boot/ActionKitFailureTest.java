package dev.actionkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

@DisplayName("Bad actionkit.* properties fail startup saying what to set, never echoing a key")
@ExtendWith(OutputCaptureExtension.class)
class ActionKitFailureTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ActionKitAutoConfiguration.class));

    private FailureAnalysis analyze(String... properties) {
        FailureAnalysis[] analysis = new FailureAnalysis[1];
        runner.withPropertyValues(properties).run(context -> {
            assertThat(context).hasFailed();
            analysis[0] = new ActionKitFailureAnalyzer().analyze(context.getStartupFailure());
        });
        assertThat(analysis[0]).as("an ActionKit failure analysis").isNotNull();
        return analysis[0];
    }

    @Test
    @DisplayName("no project id: says to set actionkit.project-id")
    void noProjectId() {
        FailureAnalysis analysis = analyze("actionkit.token=t");
        assertThat(analysis.getDescription()).isEqualTo(
                "ActionKit is not configured: actionkit.project-id: no project id is set");
        assertThat(analysis.getAction()).startsWith("Set actionkit.project-id to your Paragon "
                + "project id");
    }

    @Test
    @DisplayName("a signing key that is not a key: names the property, never quotes the text")
    void badKey() {
        String broken = TestKeys.PEM.replace("PRIVATE KEY", "PUBLIC KEY");
        FailureAnalysis analysis = analyze("actionkit.project-id=p",
                "actionkit.signing-key=" + broken);
        assertThat(analysis.getDescription()).startsWith("ActionKit is not configured: "
                + "actionkit.signing-key: the signing key cannot be used: the signing key is not "
                + "a PEM private key");
        assertThat(analysis.getDescription() + analysis.getAction())
                .doesNotContain(TestKeys.KEY_BODY);
        assertThat(analysis.getAction()).contains("actionkit.signing-key-location");
    }

    @Test
    @DisplayName("a damaged key body: names the property, never quotes the text")
    void damagedKey() {
        String damaged = TestKeys.PEM.replace(TestKeys.KEY_BODY, TestKeys.KEY_BODY.substring(8));
        FailureAnalysis analysis = analyze("actionkit.project-id=p",
                "actionkit.signing-key=" + damaged);
        assertThat(analysis.getDescription()).contains("actionkit.signing-key: the signing key "
                + "cannot be used: the signing key could not be read as an RSA private key");
        assertThat(analysis.getDescription()).doesNotContain(TestKeys.KEY_BODY.substring(8, 40));
    }

    @Test
    @DisplayName("an unreadable key location: names the location")
    void unreadableLocation() {
        FailureAnalysis analysis = analyze("actionkit.project-id=p",
                "actionkit.signing-key-location=classpath:no-such-key.pem");
        assertThat(analysis.getDescription()).isEqualTo("ActionKit is not configured: "
                + "actionkit.signing-key-location: class path resource [no-such-key.pem] cannot "
                + "be read (FileNotFoundException)");
    }

    @Test
    @DisplayName("both a key and a key location: says to set only one")
    void bothKeys() {
        FailureAnalysis analysis = analyze("actionkit.project-id=p",
                "actionkit.signing-key=" + TestKeys.PEM,
                "actionkit.signing-key-location=classpath:key.pem");
        assertThat(analysis.getDescription()).endsWith("both actionkit.signing-key and "
                + "actionkit.signing-key-location are set");
    }

    @Test
    @DisplayName("a base URL that is not loopback http: passes on the runtime's message")
    void badBaseUrl() {
        FailureAnalysis analysis = analyze("actionkit.project-id=p",
                "actionkit.base-url=http://example.com");
        assertThat(analysis.getDescription()).startsWith("ActionKit is not configured: actionkit:")
                .contains("baseUrl");
    }

    @Test
    @DisplayName("zero retry attempts and a renewal longer than the validity are refused")
    void badNumbers() {
        assertThat(analyze("actionkit.project-id=p", "actionkit.retry.max-attempts=0")
                .getDescription()).endsWith("actionkit.retry: maxAttempts < 1: 0");
        assertThat(analyze("actionkit.project-id=p", "actionkit.signing-key=" + TestKeys.PEM,
                "actionkit.users.renew-before=2h").getDescription())
                .contains("actionkit.users: renewBefore must be");
    }

    @Test
    @DisplayName("a real application start reports the analysis, not a stack trace of the key")
    void realStartup(CapturedOutput output) {
        SpringApplication application = new SpringApplication(App.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        String truncatedKey = TestKeys.PEM.substring(0, 200);
        assertThrows(Exception.class, () -> application.run(
                "--actionkit.project-id=p", "--actionkit.signing-key=" + truncatedKey));
        assertThat(output.toString()).contains("APPLICATION FAILED TO START")
                .contains("ActionKit is not configured: actionkit.signing-key")
                .contains("Set actionkit.signing-key to the PEM text")
                .doesNotContain(TestKeys.KEY_BODY.substring(0, 40));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class App {}
}
