package dev.actionkit.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the fake server answers to one request: a status, headers and a body, optionally after a
 * delay, or a fault that breaks the connection.
 *
 * @param status the HTTP status
 * @param headers response headers
 * @param body the body bytes
 * @param delay how long to wait before answering
 * @param fault how to break the answer, or {@link Fault#NONE}
 * @param streamed a body made up while it is sent, chunked, instead of {@code body}; it takes
 *     no fault
 */
public record Reply(int status, Map<String, String> headers, byte[] body, Duration delay,
        Fault fault, Optional<StreamedBody> streamed) {

    /** Ways the server can misbehave. */
    public enum Fault {
        /** Answer normally. */
        NONE,
        /** Send the headers and half the body, then close the connection. */
        CLOSE_MID_BODY,
        /** Close the connection without answering. */
        CLOSE_BEFORE_ANSWER,
        /** Send nothing, and keep the connection open until the server closes. */
        STALL_BEFORE_ANSWER,
        /**
         * Send the headers and half the body, then nothing more until the server closes: the
         * case that a timeout for the status and headers alone never ends.
         */
        STALL_MID_BODY
    }

    /** Checks that no part is null and copies headers and body. */
    public Reply {
        Objects.requireNonNull(headers, "headers == null");
        Objects.requireNonNull(body, "body == null");
        Objects.requireNonNull(delay, "delay == null");
        Objects.requireNonNull(fault, "fault == null");
        Objects.requireNonNull(streamed, "streamed == null");
        if (streamed.isPresent() && fault != Fault.NONE) {
            throw new IllegalArgumentException("a streamed body takes no fault: " + fault);
        }
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    /** A JSON answer. */
    public static Reply json(int status, String json) {
        return of(status, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
    }

    /** A plain-text answer. */
    public static Reply text(int status, String text) {
        return of(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /** An HTML answer, as a proxy in front of ActionKit sends on a 502. */
    public static Reply html(int status, String html) {
        return of(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** An answer with any content type and bytes. */
    public static Reply of(int status, String contentType, byte[] body) {
        return new Reply(status, Map.of("Content-Type", contentType), body, Duration.ZERO,
                Fault.NONE, Optional.empty());
    }

    /**
     * An answer whose body is made up while it is sent, chunked and without a
     * {@code Content-Length}, as a server streams a body of unknown size: for bodies of hundreds
     * of megabytes that neither the server nor the test should hold in memory.
     */
    public static Reply streamed(int status, String contentType, StreamedBody body) {
        return new Reply(status, Map.of("Content-Type", contentType), new byte[0], Duration.ZERO,
                Fault.NONE, Optional.of(body));
    }

    /** A fault instead of a proper answer. */
    public static Reply fault(Fault fault) {
        return new Reply(200, Map.of("Content-Type", "application/json"),
                "{\"actions\": {\"slack\": [{\"type\": \"function\"}]}}"
                        .getBytes(StandardCharsets.UTF_8),
                Duration.ZERO, fault, Optional.empty());
    }

    /** Returns this answer with one more header. */
    public Reply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Reply(status, more, body, delay, fault, streamed);
    }

    /** Returns this answer sent after {@code delay}. */
    public Reply after(Duration delay) {
        return new Reply(status, headers, body, delay, fault, streamed);
    }

    /** Returns this answer broken by {@code fault}, e.g. a real catalog cut off mid-body. */
    public Reply withFault(Fault fault) {
        return new Reply(status, headers, body, delay, fault, streamed);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
