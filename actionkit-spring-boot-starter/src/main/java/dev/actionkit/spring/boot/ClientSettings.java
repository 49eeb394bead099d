package dev.actionkit.spring.boot;

import dev.actionkit.runtime.ActionKitClient;
import dev.actionkit.runtime.RetryPolicy;
import java.time.Duration;
import org.springframework.util.StringUtils;

/** Turns the {@code actionkit.*} properties into a client builder, naming the property at fault. */
final class ClientSettings {

    private static final String PROJECT_ID = "actionkit.project-id";

    private ClientSettings() {}

    /**
     * Returns a builder with every property applied.
     *
     * @throws ActionKitConfigurationException if the project id is missing or a value is unusable
     */
    static ActionKitClient.Builder builder(ActionKitProperties properties) {
        if (!StringUtils.hasText(properties.getProjectId())) {
            throw new ActionKitConfigurationException(PROJECT_ID, "no project id is set",
                    "Set " + PROJECT_ID + " to your Paragon project id (the id in the dashboard's"
                            + " URL), e.g. in application.properties or as the environment "
                            + "variable ACTIONKIT_PROJECT_ID.");
        }
        ActionKitClient.Builder builder = ActionKitClient.builder()
                .projectId(properties.getProjectId().strip())
                .baseUrl(required(properties.getBaseUrl(), "actionkit.base-url"))
                .connectTimeout(
                        required(properties.getConnectTimeout(), "actionkit.connect-timeout"))
                .requestTimeout(
                        required(properties.getRequestTimeout(), "actionkit.request-timeout"))
                .retryPolicy(retryPolicy(properties.getRetry()));
        if (StringUtils.hasText(properties.getToken())) {
            builder.token(properties.getToken().strip());
        }
        if (StringUtils.hasText(properties.getCredentialId())) {
            builder.credentialId(properties.getCredentialId().strip());
        }
        Duration callTimeout = required(properties.getCallTimeout(), "actionkit.call-timeout");
        if (callTimeout.isZero()) {
            builder.noCallTimeout();
        } else {
            builder.callTimeout(callTimeout);
        }
        return builder;
    }

    /**
     * Builds the client; a setting the runtime rejects is reported with the runtime's message,
     * which names the setting and never quotes a token.
     */
    static ActionKitClient build(ActionKitClient.Builder builder) {
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new ActionKitConfigurationException("actionkit", e.getMessage(),
                    "Correct the actionkit.* property named in the message (base-url, token, "
                            + "credential-id or a timeout).");
        }
    }

    private static RetryPolicy retryPolicy(ActionKitProperties.Retry retry) {
        try {
            return new RetryPolicy(retry.getMaxAttempts(), retry.getInitialBackoff(),
                    retry.getMaxBackoff(), retry.getMaxRetryAfter());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ActionKitConfigurationException("actionkit.retry", e.getMessage(),
                    "Set actionkit.retry.max-attempts to 1 or more and the retry durations to "
                            + "zero or more.");
        }
    }

    private static <T> T required(T value, String property) {
        if (value == null) {
            throw new ActionKitConfigurationException(property, "is empty",
                    "Set " + property + " or remove it to use the default.");
        }
        return value;
    }
}
