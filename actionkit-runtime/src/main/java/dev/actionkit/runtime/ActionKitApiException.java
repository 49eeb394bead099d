package dev.actionkit.runtime;

import java.util.Optional;

/**
 * ActionKit answered with an error status. Carries what the server said: the HTTP status, the
 * ActionKit error code, the request id, the decoded message and the raw body.
 *
 * <p>The message reads {@code SLACK_SEND_MESSAGE failed: HTTP 500, code 41070, request id
 * 9f2c...: <decoded message>}; it never contains the token.
 */
public final class ActionKitApiException extends ActionKitException {

    private static final long serialVersionUID = 1L;

    /** The message ActionKit sends when the user has not connected the integration. */
    public static final String INTEGRATION_NOT_CONNECTED_MESSAGE =
            "Integration not enabled for user.";

    private final String operation;
    private final int status;
    private final String code;
    private final String requestId;
    private final String apiMessage;
    private final String rawBody;

    ActionKitApiException(String operation, int status, ErrorBody body) {
        super(describe(operation, status, body), null);
        this.operation = operation;
        this.status = status;
        this.code = body.code();
        this.requestId = body.requestId();
        this.apiMessage = body.message();
        this.rawBody = body.raw();
    }

    private static String describe(String operation, int status, ErrorBody body) {
        StringBuilder text = new StringBuilder(operation).append(" failed: HTTP ").append(status);
        if (body.code() != null) {
            text.append(", code ").append(body.code());
        }
        if (body.requestId() != null) {
            text.append(", request id ").append(body.requestId());
        }
        if (!body.message().isEmpty()) {
            text.append(": ").append(body.message());
        }
        return text.toString();
    }

    /** Returns what failed: the action name for a run, {@code GET /actions} for a listing. */
    public String operation() {
        return operation;
    }

    /** Returns the HTTP status. */
    public int status() {
        return status;
    }

    /** Returns ActionKit's error code (e.g. {@code 41070}), when the body had one. */
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    /** Returns the request id from the body's {@code meta.requestId}, when present. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /**
     * Returns the error message: the body's {@code message}, decoded when it was itself a
     * JSON-encoded string, or the text of a plain-text or HTML body, shortened.
     */
    public String apiMessage() {
        return apiMessage;
    }

    /**
     * Returns the error body as received (decoded as UTF-8), up to its first
     * {@link ActionKitClient#MAX_ERROR_BODY_BYTES} bytes, with any echo of the token masked: a
     * JSON body that spelled the token with escapes is given decoded and re-serialized.
     */
    public String rawBody() {
        return rawBody;
    }

    /**
     * Returns true when the user has not connected the integration this action belongs to: the
     * message is {@value #INTEGRATION_NOT_CONNECTED_MESSAGE} or the code is
     * {@code integration_not_enabled}. Ask the user to connect it (Paragon's Connect Portal).
     */
    public boolean isIntegrationNotConnected() {
        return apiMessage.contains(INTEGRATION_NOT_CONNECTED_MESSAGE)
                || "integration_not_enabled".equals(code);
    }

    /** Returns true for 401 and 403: the token is missing, invalid, expired or not allowed. */
    public boolean isAuthenticationFailure() {
        return status == 401 || status == 403;
    }
}
