package dev.actionkit.runtime;

import dev.actionkit.runtime.catalog.ActionCatalog;
import dev.actionkit.runtime.catalog.CatalogJson;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The client for Paragon ActionKit: runs actions and lists the catalog of one project.
 *
 * <p>Immutable and thread-safe: build it once and share it. Per-user clients from
 * {@link #forUser(String)} share its HTTP connections and cost one small object each, so they
 * can be made per request.
 *
 * <pre>{@code
 * ActionKitClient client = ActionKitClient.builder()
 *         .projectId(System.getenv("ACTIONKIT_PROJECT_ID"))
 *         .build();
 * ActionResult result = client.forUser(userToken)
 *         .run("SLACK_SEND_MESSAGE", Map.of("channel", "#general", "message", "Hello"));
 * }</pre>
 *
 * <p>A run is retried only where ActionKit cannot have executed it (see {@link RetryPolicy}):
 * actions have side effects, and a blind retry could send a message twice.
 */
public final class ActionKitClient {

    /** The default base URL of the hosted ActionKit. */
    public static final String DEFAULT_BASE_URL = "https://actionkit.useparagon.com";

    /**
     * How long one call may take in all unless {@link Builder#callTimeout(Duration)} or
     * {@link Builder#noCallTimeout()} says otherwise: five minutes, enough for a large download
     * with retries, short enough that a body which stalls after its headers frees the caller.
     */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(5);

    /**
     * How much of an error answer's body is kept: its first MiB. An error body is rendered as a
     * message and kept in {@link ActionKitApiException#rawBody()}; a larger one is cut here, so
     * that neither costs more than a fixed amount of memory and time.
     */
    public static final int MAX_ERROR_BODY_BYTES = 1024 * 1024;

    private static final String LIST_OPERATION = "GET /actions";

    private final Shared shared;
    private final String token;
    private final String credentialId;

    /**
     * What every client derived from one builder shares: configuration, connections, and the
     * observer (null for none) with the integration key of each known action.
     */
    private record Shared(Requests requests, Transport transport, ActionKitObserver observer,
            Map<String, String> integrations) {

        ObservedCall observe(String operation, ActionCall.Kind kind) {
            return ObservedCall.start(observer, integrations, operation, kind);
        }
    }

    private ActionKitClient(Shared shared, String token, String credentialId) {
        this.shared = shared;
        this.token = token;
        this.credentialId = credentialId;
    }

    /** Returns a builder; {@code projectId} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a client that acts for the user of {@code userToken} (a Paragon User Token). It
     * shares this client's configuration and connections; the credential id is not carried over,
     * since it names one of the other user's accounts.
     */
    public ActionKitClient forUser(String userToken) {
        return new ActionKitClient(shared, Settings.headerValue(userToken, "userToken"), null);
    }

    /**
     * Returns a client for the same user that selects one of the accounts the user connected for
     * an integration ({@code X-Paragon-Credential}).
     */
    public ActionKitClient withCredential(String credentialId) {
        return new ActionKitClient(
                shared, token, Settings.headerValue(credentialId, "credentialId"));
    }

    /**
     * Runs an action and waits for its result.
     *
     * @param action the action name, e.g. {@code SLACK_SEND_MESSAGE}
     * @param parameters a {@link java.util.Map}, a Jackson {@code JsonNode} or any Jackson-serializable
     *     object, such as a generated parameter class; {@code null} sends {@code {}}
     * @throws ActionKitApiException if ActionKit answers with an error status
     * @throws ActionKitTransportException if no answer arrives
     */
    public ActionResult run(String action, Object parameters) {
        HttpRequest request = runRequest(action, parameters);
        ObservedCall observed = shared.observe(action, ActionCall.Kind.RUN);
        try {
            ActionResult result = toResult(action,
                    shared.transport().send(action, Transport.Kind.RUN, request, observed));
            observed.succeeded(result.status());
            return result;
        } catch (RuntimeException e) {
            observed.failed(e);
            throw e;
        }
    }

    /**
     * Runs an action without blocking. The future fails with the exceptions of {@link #run};
     * cancelling it cancels the request in flight and stops any further attempt. Arguments
     * that cannot be sent (no token, parameters that are not JSON) fail at once, as in
     * {@link #run}.
     */
    public CompletableFuture<ActionResult> runAsync(String action, Object parameters) {
        HttpRequest request = runRequest(action, parameters);
        ObservedCall observed = shared.observe(action, ActionCall.Kind.RUN);
        CompletableFuture<ActionResult> result = shared.transport().sendAsync(action,
                Transport.Kind.RUN, request, response -> toResult(action, response), observed);
        if (observed != ObservedCall.NONE) {
            result.whenComplete((done, failure) -> {
                if (failure == null) {
                    observed.succeeded(done.status());
                } else {
                    observed.failed(failure);
                }
            });
        }
        return result;
    }

    /** Lists every action of the project: {@link ListActionsOptions#defaults()}. */
    public ActionCatalog listActions() {
        return listActions(ListActionsOptions.defaults());
    }

    /**
     * Lists actions ({@code GET /actions}). The {@code errors} ActionKit reports beside the
     * actions are kept in {@link ActionCatalog#errors()}.
     *
     * @throws CatalogFormatException if the answer is not a catalog
     */
    public ActionCatalog listActions(ListActionsOptions options) {
        HttpRequest request = shared.requests().list(token, credentialId, options);
        ObservedCall observed = shared.observe(LIST_OPERATION, ActionCall.Kind.LIST);
        try {
            Transport.Response response = shared.transport()
                    .send(LIST_OPERATION, Transport.Kind.LIST, request, observed);
            requireSuccess(LIST_OPERATION, response);
            ActionCatalog catalog = CatalogJson.parse(response.body());
            observed.succeeded(response.status());
            return catalog;
        } catch (RuntimeException e) {
            observed.failed(e);
            throw e;
        }
    }

    /** Returns the project id. */
    public String projectId() {
        return shared.requests().endpoint().projectId();
    }

    /** Returns the base URL, without a trailing slash. */
    public String baseUrl() {
        return shared.requests().endpoint().baseUrl().toString();
    }

    /** Returns true when this client has a token to send. */
    public boolean hasToken() {
        return token != null;
    }

    /** Returns the bound on one whole call; empty when it was lifted. */
    public Optional<Duration> callTimeout() {
        return shared.transport().callTimeout();
    }

    /** Returns the credential id sent as {@code X-Paragon-Credential}, if any. */
    public Optional<String> credentialId() {
        return Optional.ofNullable(credentialId);
    }

    private HttpRequest runRequest(String action, Object parameters) {
        return shared.requests().run(token, credentialId, action, parameters);
    }

    private ActionResult toResult(String action, Transport.Response response) {
        requireSuccess(action, response);
        return ActionResult.owning(response.status(),
                response.headers().firstValue("Content-Type").orElse(null), response.body());
    }

    /** Throws the API error of a non-2xx answer; a body that echoes the token is redacted. */
    private void requireSuccess(String operation, Transport.Response response) {
        if (response.status() < 200 || response.status() > 299) {
            ErrorBody body = ErrorBody.parse(response.body()).redact(token);
            throw new ActionKitApiException(operation, response.status(), body);
        }
    }

    /** Never shows the token. */
    @Override
    public String toString() {
        return "ActionKitClient{" + shared.requests()
                + ", token=" + (token == null ? "none" : "****")
                + (credentialId == null ? "" : ", credentialId=" + credentialId) + "}";
    }

    /** Builds an {@link ActionKitClient}; every setting is checked in {@link #build()}. */
    public static final class Builder {

        private String baseUrl = DEFAULT_BASE_URL;
        private String projectId;
        private String token;
        private String credentialId;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(60);
        private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private String userAgent = "actionkit-java/" + RuntimeVersion.VERSION;
        private static final long MAX_BODY_LIMIT = Integer.MAX_VALUE - 8;

        private long maxResponseBytes = 64L * 1024 * 1024;
        private Sleeper sleeper = Sleeper.SYSTEM;
        private Clock clock = Clock.systemUTC();
        private HttpClient httpClient;
        private ActionKitObserver observer;
        private Map<String, String> integrations = Map.of();

        private Builder() {}

        /**
         * The ActionKit address without the {@code /projects} path. Default
         * {@value ActionKitClient#DEFAULT_BASE_URL}; on-premise installations use
         * {@code https://worker-actionkit.<their domain>}. Plain {@code http://} is accepted for
         * loopback hosts only.
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl == null");
            return this;
        }

        /** The Paragon project id (required). */
        public Builder projectId(String projectId) {
            this.projectId = Objects.requireNonNull(projectId, "projectId == null");
            return this;
        }

        /**
         * The Paragon User Token to send. Optional: a server acting for many users leaves it out
         * and calls {@link ActionKitClient#forUser(String)} per user.
         */
        public Builder token(String token) {
            this.token = Objects.requireNonNull(token, "token == null");
            return this;
        }

        /** The {@code X-Paragon-Credential} to send: one of the user's connected accounts. */
        public Builder credentialId(String credentialId) {
            this.credentialId = Objects.requireNonNull(credentialId, "credentialId == null");
            return this;
        }

        /** How long to wait for a connection. Default 10 seconds. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Objects.requireNonNull(timeout, "connectTimeout == null");
            return this;
        }

        /**
         * How long each attempt waits for the answer's status and headers once the request is
         * sent. Default 60 seconds. The body is not counted: bound it with
         * {@link #callTimeout(Duration)}.
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = Objects.requireNonNull(timeout, "requestTimeout == null");
            return this;
        }

        /**
         * The longest one call may take in all: every attempt with its whole body, and the waits
         * between attempts. A call cut short fails with an {@link ActionKitTransportException}
         * whose {@code isTimeout()} is true; a retry whose wait would end past it is not made,
         * and the last answer is reported instead. Applies to blocking and async calls. Default
         * {@link ActionKitClient#DEFAULT_CALL_TIMEOUT} (five minutes); lift it with
         * {@link #noCallTimeout()}.
         */
        public Builder callTimeout(Duration timeout) {
            this.callTimeout = Objects.requireNonNull(timeout, "callTimeout == null");
            return this;
        }

        /**
         * Lifts the bound on a whole call: each attempt is then bounded only until its headers
         * arrive ({@link #requestTimeout(Duration)}), and a body that stalls is waited for as
         * long as the server keeps the connection open. For callers that bound calls
         * themselves, e.g. by cancelling {@link ActionKitClient#runAsync} futures.
         */
        public Builder noCallTimeout() {
            this.callTimeout = null;
            return this;
        }

        /** When to retry; default {@link RetryPolicy#defaults()}. */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy == null");
            return this;
        }

        /** The {@code User-Agent} header. Default {@code actionkit-java/<version>}. */
        public Builder userAgent(String userAgent) {
            this.userAgent = Objects.requireNonNull(userAgent, "userAgent == null");
            return this;
        }

        /**
         * The largest response body read into memory; a larger one fails the call with an
         * {@link ActionKitTransportException}. Default 64 MiB.
         */
        public Builder maxResponseBytes(long maxResponseBytes) {
            this.maxResponseBytes = maxResponseBytes;
            return this;
        }

        /**
         * How waits between attempts are made. For tests; default {@link Sleeper#SYSTEM}, which
         * async calls replace by a timer so that no thread blocks. Another sleeper is called on
         * the common pool by async calls, so it should return quickly.
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
            return this;
        }

        /** The clock that {@code Retry-After} dates are measured against. For tests. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /**
         * An {@link HttpClient} to use instead of a new one, e.g. one with a custom executor or
         * proxy. The connect timeout is then the given client's own. It must not follow
         * redirects ({@code followRedirects(HttpClient.Redirect.NEVER)}, the JDK's default):
         * {@link #build()} refuses one that does, since a redirect would carry the token to
         * the address it names.
         */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient == null");
            return this;
        }

        /**
         * Sees every run and listing of this client and of the clients derived from it, e.g. to
         * record metrics or traces ({@code actionkit-micrometer}). Default none: nothing is
         * observed and nothing is spent on observing.
         */
        public Builder observer(ActionKitObserver observer) {
            this.observer = Objects.requireNonNull(observer, "observer == null");
            return this;
        }

        /**
         * The actions this client runs, e.g. the generated {@code Actions.descriptors()}, so
         * that an {@link #observer} learns each run's integration key. Optional.
         */
        public Builder actions(Collection<ActionDescriptor> actions) {
            Objects.requireNonNull(actions, "actions == null");
            Map<String, String> byName = new HashMap<>();
            for (ActionDescriptor action : actions) {
                byName.putIfAbsent(action.name(), action.integration());
            }
            this.integrations = Map.copyOf(byName);
            return this;
        }

        /**
         * Checks every setting and builds the client.
         *
         * @throws NullPointerException if the project id is missing ({@code projectId == null})
         * @throws IllegalArgumentException if a setting is malformed; the message names it
         */
        public ActionKitClient build() {
            Objects.requireNonNull(projectId, "projectId == null");
            Endpoint endpoint = Endpoint.of(baseUrl, projectId);
            if (token != null) {
                Settings.headerValue(token, "token");
            }
            if (credentialId != null) {
                Settings.headerValue(credentialId, "credentialId");
            }
            Settings.headerValue(userAgent, "userAgent");
            requirePositive(connectTimeout, "connectTimeout");
            requirePositive(requestTimeout, "requestTimeout");
            if (callTimeout != null) {
                requirePositive(callTimeout, "callTimeout");
            }
            if (maxResponseBytes < 1 || maxResponseBytes > MAX_BODY_LIMIT) {
                throw new IllegalArgumentException("maxResponseBytes must be between 1 and "
                        + MAX_BODY_LIMIT + ": " + maxResponseBytes);
            }
            requireNoRedirects(httpClient);
            // Redirects are not followed: they would carry the token to another address. Plain
            // http (loopback only) speaks HTTP/1.1: an h2c upgrade only adds a round of work.
            HttpClient http = httpClient != null ? httpClient : HttpClient.newBuilder()
                    .connectTimeout(connectTimeout)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .version(endpoint.baseUrl().getScheme().equals("http")
                            ? HttpClient.Version.HTTP_1_1
                            : HttpClient.Version.HTTP_2)
                    .build();
            Transport transport = new Transport(
                    http, retryPolicy, sleeper, clock, maxResponseBytes, callTimeout);
            Requests requests = new Requests(endpoint, requestTimeout, userAgent);
            Shared shared = new Shared(requests, transport, observer, integrations);
            return new ActionKitClient(shared, token, credentialId);
        }

        /**
         * The JDK client has no per-request switch for redirects, so a caller's client that
         * follows them cannot be made safe here: it is refused rather than silently wrapped.
         */
        private static void requireNoRedirects(HttpClient client) {
            if (client != null && client.followRedirects() != HttpClient.Redirect.NEVER) {
                throw new IllegalArgumentException("httpClient follows redirects ("
                        + client.followRedirects() + "): a redirect would carry the token to"
                        + " another address; build it with"
                        + " followRedirects(HttpClient.Redirect.NEVER)");
            }
        }

        private static void requirePositive(Duration duration, String name) {
            if (duration.isZero() || duration.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive: " + duration);
            }
        }

        /** Never shows the token. */
        @Override
        public String toString() {
            return "ActionKitClient.Builder{baseUrl=" + baseUrl + ", projectId=" + projectId
                    + ", token=" + (token == null ? "none" : "****") + "}";
        }
    }
}
