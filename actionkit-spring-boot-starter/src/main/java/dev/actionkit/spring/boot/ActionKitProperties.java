package dev.actionkit.spring.boot;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The {@code actionkit.*} properties: where ActionKit is, which project, how to authenticate,
 * and the client's timeouts and retries. Only {@code actionkit.project-id} is required.
 */
@ConfigurationProperties(prefix = "actionkit")
public class ActionKitProperties {

    /** The Paragon project id (required), e.g. from env ACTIONKIT_PROJECT_ID. */
    private String projectId;

    /**
     * The ActionKit address without the /projects path. On-premise installations use
     * https://worker-actionkit.your-domain. Plain http:// is accepted for loopback hosts only.
     */
    private String baseUrl = "https://actionkit.useparagon.com";

    /**
     * One Paragon User Token that the ActionKitClient bean sends. Optional: an application that
     * acts for many users sets a signing key instead and uses ActionKitUsers.
     */
    private String token;

    /**
     * The project's signing key, as PEM text (PKCS#8 or PKCS#1, unencrypted). Set it or
     * signing-key-location, not both; either one enables UserTokenMinter and ActionKitUsers.
     */
    private String signingKey;

    /** Where the PEM signing key is, e.g. file:/run/secrets/paragon.pem or classpath:key.pem. */
    private Resource signingKeyLocation;

    /** The X-Paragon-Credential the ActionKitClient bean sends: one of the user's accounts. */
    private String credentialId;

    /** How long to wait for a connection. */
    private Duration connectTimeout = Duration.ofSeconds(10);

    /** How long each attempt waits for the answer's status and headers. */
    private Duration requestTimeout = Duration.ofSeconds(60);

    /**
     * The longest one call may take in all: attempts, bodies and waits between attempts. 0 lifts
     * the bound (each attempt is then bounded only until its headers arrive).
     */
    private Duration callTimeout = Duration.ofMinutes(5);

    /** When to retry: only where no side effect can be duplicated (429, refused connection). */
    private final Retry retry = new Retry();

    /** The tokens ActionKitUsers mints per user. */
    private final Users users = new Users();

    /** Returns the project id. */
    public String getProjectId() {
        return projectId;
    }

    /** Sets the project id. */
    public void setProjectId(String projectId) {
        this.projectId = projectId;
    }

    /** Returns the base URL. */
    public String getBaseUrl() {
        return baseUrl;
    }

    /** Sets the base URL. */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Returns the service token. */
    public String getToken() {
        return token;
    }

    /** Sets the service token. */
    public void setToken(String token) {
        this.token = token;
    }

    /** Returns the PEM signing key. */
    public String getSigningKey() {
        return signingKey;
    }

    /** Sets the PEM signing key. */
    public void setSigningKey(String signingKey) {
        this.signingKey = signingKey;
    }

    /** Returns where the signing key is. */
    public Resource getSigningKeyLocation() {
        return signingKeyLocation;
    }

    /** Sets where the signing key is. */
    public void setSigningKeyLocation(Resource signingKeyLocation) {
        this.signingKeyLocation = signingKeyLocation;
    }

    /** Returns the credential id. */
    public String getCredentialId() {
        return credentialId;
    }

    /** Sets the credential id. */
    public void setCredentialId(String credentialId) {
        this.credentialId = credentialId;
    }

    /** Returns the connect timeout. */
    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    /** Sets the connect timeout. */
    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /** Returns the request timeout. */
    public Duration getRequestTimeout() {
        return requestTimeout;
    }

    /** Sets the request timeout. */
    public void setRequestTimeout(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    /** Returns the call timeout; zero for none. */
    public Duration getCallTimeout() {
        return callTimeout;
    }

    /** Sets the call timeout. */
    public void setCallTimeout(Duration callTimeout) {
        this.callTimeout = callTimeout;
    }

    /** Returns the retry settings. */
    public Retry getRetry() {
        return retry;
    }

    /** Returns the per-user token settings. */
    public Users getUsers() {
        return users;
    }

    /** Never shows the token or the signing key. */
    @Override
    public String toString() {
        return "ActionKitProperties{projectId=" + projectId + ", baseUrl=" + baseUrl
                + ", token=" + (token == null ? "none" : "****")
                + ", signingKey=" + (signingKey == null ? "none" : "****")
                + ", signingKeyLocation=" + signingKeyLocation + "}";
    }

    /** The {@code actionkit.retry.*} properties (the runtime's {@code RetryPolicy}). */
    public static class Retry {

        /** Attempts in all, the first included; 1 turns retries off. */
        private int maxAttempts = 3;

        /** The wait before the second attempt; it doubles each time. */
        private Duration initialBackoff = Duration.ofMillis(500);

        /** The longest wait between two attempts when the server names none. */
        private Duration maxBackoff = Duration.ofSeconds(5);

        /** The longest Retry-After honoured; a 429 asking for longer is thrown. */
        private Duration maxRetryAfter = Duration.ofSeconds(60);

        /** Returns the attempts in all. */
        public int getMaxAttempts() {
            return maxAttempts;
        }

        /** Sets the attempts in all. */
        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        /** Returns the first backoff. */
        public Duration getInitialBackoff() {
            return initialBackoff;
        }

        /** Sets the first backoff. */
        public void setInitialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
        }

        /** Returns the longest backoff. */
        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        /** Sets the longest backoff. */
        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }

        /** Returns the longest Retry-After honoured. */
        public Duration getMaxRetryAfter() {
            return maxRetryAfter;
        }

        /** Sets the longest Retry-After honoured. */
        public void setMaxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = maxRetryAfter;
        }
    }

    /** The {@code actionkit.users.*} properties: tokens minted per user by ActionKitUsers. */
    public static class Users {

        /** How long each minted user token is valid. */
        private Duration tokenValidity = Duration.ofHours(1);

        /** How long before its expiry a cached token is replaced by a new one. */
        private Duration renewBefore = Duration.ofMinutes(5);

        /** The most users whose tokens are cached; the least recently used are dropped. */
        private int maxCachedUsers = 10_000;

        /** Returns the token validity. */
        public Duration getTokenValidity() {
            return tokenValidity;
        }

        /** Sets the token validity. */
        public void setTokenValidity(Duration tokenValidity) {
            this.tokenValidity = tokenValidity;
        }

        /** Returns how long before expiry a token is renewed. */
        public Duration getRenewBefore() {
            return renewBefore;
        }

        /** Sets how long before expiry a token is renewed. */
        public void setRenewBefore(Duration renewBefore) {
            this.renewBefore = renewBefore;
        }

        /** Returns the most users cached. */
        public int getMaxCachedUsers() {
            return maxCachedUsers;
        }

        /** Sets the most users cached. */
        public void setMaxCachedUsers(int maxCachedUsers) {
            this.maxCachedUsers = maxCachedUsers;
        }
    }
}
