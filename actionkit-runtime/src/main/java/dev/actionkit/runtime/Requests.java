package dev.actionkit.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the two requests of ActionKit for one project, with the headers every request carries:
 * the bearer token, {@code Accept}, {@code User-Agent} and the optional credential id.
 *
 * @param endpoint the project's addresses
 * @param requestTimeout the timeout of each attempt
 * @param userAgent the {@code User-Agent} header
 */
record Requests(Endpoint endpoint, Duration requestTimeout, String userAgent) {

    /** The run request body: {@code {"action": NAME, "parameters": {...}}}. */
    private record RunBody(String action, Object parameters) {}

    /** {@code POST /actions}; null parameters send {@code {}}. */
    HttpRequest run(String token, String credentialId, String action, Object parameters) {
        Objects.requireNonNull(action, "action == null");
        if (action.isBlank()) {
            throw new IllegalArgumentException("action is blank");
        }
        byte[] body;
        try {
            body = Json.MAPPER.writeValueAsBytes(
                    new RunBody(action, parameters == null ? Map.of() : parameters));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the parameters of " + action
                    + " could not be written as JSON: " + e.getOriginalMessage(), e);
        }
        return authorized(HttpRequest.newBuilder(endpoint.actions()), token, credentialId)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    /** {@code GET /actions} with the query of {@code options}. */
    HttpRequest list(String token, String credentialId, ListActionsOptions options) {
        Objects.requireNonNull(options, "options == null");
        return authorized(HttpRequest.newBuilder(endpoint.listActions(options)), token,
                credentialId)
                .GET()
                .build();
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request, String token,
            String credentialId) {
        if (token == null) {
            throw new IllegalStateException(
                    "no token: call forUser(userToken) or set builder().token(...)");
        }
        request.timeout(requestTimeout)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, */*;q=0.8")
                .header("User-Agent", userAgent);
        if (credentialId != null) {
            request.header("X-Paragon-Credential", credentialId);
        }
        return request;
    }

    /** Never shows a token: this record holds none. */
    @Override
    public String toString() {
        return "baseUrl=" + endpoint.baseUrl() + ", projectId=" + endpoint.projectId();
    }
}
