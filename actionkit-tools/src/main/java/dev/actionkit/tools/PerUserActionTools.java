package dev.actionkit.tools;

import dev.actionkit.runtime.ActionDescriptor;
import dev.actionkit.runtime.ActionKitClient;
import dev.actionkit.runtime.ActionKitException;
import dev.actionkit.runtime.ListActionsOptions;
import dev.actionkit.runtime.catalog.ActionCatalog;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each user's own tools, from that user's live listing
 * ({@code GET /actions?limit_to_available=true}): only the integrations the user connected, each
 * schema as that user sees it, custom fields included. Listings are cached per user.
 *
 * <pre>{@code
 * PerUserActionTools perUser = PerUserActionTools.builder(
 *                 userId -> client.forUser(tokenFor((String) userId)))
 *         .fallback(ActionTools.of(Actions.descriptors()))   // if a listing fails
 *         .build();                                           // share it: it holds the cache
 *
 * ArrayNode forOpenAi = perUser.toolsFor("user-42").tools().toOpenAiJson();
 * String reply = perUser.runForModel("user-42", call.name(), call.arguments());
 * }</pre>
 *
 * <ul>
 *   <li>A user's listing is kept for the time to live (default 15 minutes), for at most
 *       {@code maxUsers} users (default 1,000; the least recently used is dropped first). One
 *       listing per user per time to live is the cost.
 *   <li>Callers asking for the same user while a listing is in flight wait for that listing:
 *       one request, however many callers.
 *   <li>When a listing fails (an ActionKit error, a timeout, a malformed answer), the user gets
 *       their last successful listing if one is kept ({@link UserTools.Origin#LAST_LISTING}),
 *       else the {@link Builder#fallback fallback} tools ({@link UserTools.Origin#FALLBACK},
 *       none unless set). That answer is kept for a shorter time (default 1 minute) before the
 *       next try. The first failure is logged as a warning, later ones at debug level until a
 *       listing succeeds again.
 *   <li>Each listing goes out with the token of the user's own client, from {@code clientFor}.
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class PerUserActionTools {

    /** The default time a user's listing is served before it is fetched again. */
    public static final Duration DEFAULT_TIME_TO_LIVE = Duration.ofMinutes(15);

    /** The default time a fallback is served after a failed listing, before the next try. */
    public static final Duration DEFAULT_RETRY_AFTER_FAILURE = Duration.ofMinutes(1);

    /** The default number of users whose tools are kept. */
    public static final int DEFAULT_MAX_USERS = 1_000;

    private static final Logger LOG = LoggerFactory.getLogger(PerUserActionTools.class);

    private final Function<Object, ActionKitClient> clientFor;
    private final ListActionsOptions options;
    private final Duration timeToLive;
    private final Duration retryAfterFailure;
    private final Clock clock;
    private final UserTools fallback;
    private final UserToolsCache cache;
    private final ListingFailureLog failureLog;

    private PerUserActionTools(Builder builder) {
        this.clientFor = builder.clientFor;
        this.options = ListActionsOptions.defaults()
                .withLimitToAvailable(true)
                .withReloadFields(builder.reloadFields)
                .withIntegrations(builder.integrations);
        this.timeToLive = builder.timeToLive;
        this.retryAfterFailure = builder.retryAfterFailure;
        this.clock = builder.clock;
        this.fallback = UserTools.fallback(new ToolCallRunner(builder.fallback), builder.fallback);
        this.cache = new UserToolsCache(builder.maxUsers);
        this.failureLog = new ListingFailureLog(LOG,
                builder.fallback.size() == 0 ? "no tools"
                        : "the " + builder.fallback.size() + " fallback tools");
    }

    /**
     * Returns a builder.
     *
     * @param clientFor the client of the user a key stands for, e.g.
     *     {@code userId -> client.forUser(tokenFor(userId))}; called once per listing, with the
     *     key given to {@link #toolsFor}
     */
    public static Builder builder(Function<Object, ActionKitClient> clientFor) {
        return new Builder(clientFor);
    }

    /**
     * Returns the tools of the user {@code userKey} stands for: from the cache while fresh, else
     * from a new listing (or the one in flight for this user).
     *
     * @param userKey what identifies the user, e.g. a user id or a chat memory id; equal keys
     *     share a cache entry, so never use one key for two users
     * @throws RuntimeException whatever {@code clientFor} throws; nothing is cached then
     */
    public UserTools toolsFor(Object userKey) {
        Objects.requireNonNull(userKey, "userKey == null");
        UserToolsCache.Claim claim = cache.claim(userKey, clock.instant());
        if (claim.owner()) {
            fetch(userKey, claim.slot());
        }
        return await(claim.slot().future());
    }

    /**
     * Returns the client of the user {@code userKey} stands for, from the builder's
     * {@code clientFor}: what an adapter runs that user's tool calls with.
     *
     * @throws NullPointerException if {@code clientFor} returns null
     */
    public ActionKitClient clientFor(Object userKey) {
        Objects.requireNonNull(userKey, "userKey == null");
        return Objects.requireNonNull(clientFor.apply(userKey),
                "clientFor returned null for a user");
    }

    /**
     * Checks a model's tool call against this user's tools and runs it with this user's client;
     * returns the text for the model, as {@link ToolCallRunner#runForModel} does. For adapters
     * that get a user key and a tool call, e.g. from a tool context.
     */
    public String runForModel(Object userKey, String toolName, String argumentsJson) {
        return toolsFor(userKey).runner().runForModel(clientFor(userKey), toolName, argumentsJson);
    }

    /**
     * Makes the next {@link #toolsFor} of this user list again, e.g. after the user connected an
     * integration. Until that listing answers, nothing changes for callers already waiting.
     */
    public void invalidate(Object userKey) {
        cache.invalidate(Objects.requireNonNull(userKey, "userKey == null"));
    }

    /** Returns how many users' tools are kept (in flight, fresh or expired). */
    public int cachedUsers() {
        return cache.size();
    }

    private void fetch(Object userKey, UserToolsCache.Slot slot) {
        try {
            list(clientFor(userKey), slot);
        } catch (RuntimeException | Error e) {
            cache.remove(userKey, slot);
            slot.future().completeExceptionally(e);
        }
    }

    private void list(ActionKitClient client, UserToolsCache.Slot slot) {
        try {
            ActionCatalog catalog = client.listActions(options);
            failureLog.succeeded();
            if (!catalog.errors().isEmpty()) {
                LOG.debug("ActionKit reported {} errors beside a user's listing; they are in "
                        + "UserTools.listingErrors()", catalog.errors().size());
            }
            ActionTools tools = ActionTools.of(
                    catalog.actions().stream().map(ActionDescriptor::of).toList());
            slot.complete(UserTools.live(tools, catalog.errors()),
                    clock.instant().plus(timeToLive));
        } catch (ActionKitException e) {
            UserTools last = slot.lastLive();
            UserTools served = last != null ? last.asLastListing() : fallback;
            failureLog.failed(e, served.origin());
            slot.complete(served, clock.instant().plus(retryAfterFailure));
        }
    }

    private static UserTools await(CompletableFuture<UserTools> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public String toString() {
        return "PerUserActionTools{timeToLive=" + timeToLive + ", users=" + cache.size()
                + ", fallback=" + fallback.tools().size() + " tools}";
    }

    /** Configures {@link PerUserActionTools}; every setting has a default but the client. */
    public static final class Builder {

        private final Function<Object, ActionKitClient> clientFor;
        private ActionTools fallback = ActionTools.of(List.of());
        private Duration timeToLive = DEFAULT_TIME_TO_LIVE;
        private Duration retryAfterFailure = DEFAULT_RETRY_AFTER_FAILURE;
        private int maxUsers = DEFAULT_MAX_USERS;
        private boolean reloadFields;
        private List<String> integrations = List.of();
        private Clock clock = Clock.systemUTC();

        private Builder(Function<Object, ActionKitClient> clientFor) {
            this.clientFor = Objects.requireNonNull(clientFor, "clientFor == null");
        }

        /**
         * The tools a user gets when their listing fails and no earlier listing of theirs is
         * kept; usually the generated ones, {@code ActionTools.of(Actions.descriptors())}.
         * Default: none, so the model is offered no ActionKit tool until a listing succeeds.
         */
        public Builder fallback(ActionTools tools) {
            this.fallback = Objects.requireNonNull(tools, "tools == null");
            return this;
        }

        /** How long a user's listing is served before it is fetched again; default 15 minutes. */
        public Builder timeToLive(Duration timeToLive) {
            this.timeToLive = positive(timeToLive, "timeToLive");
            return this;
        }

        /**
         * How long the answer to a failed listing (last listing or fallback) is served before
         * the next try; default 1 minute.
         */
        public Builder retryAfterFailure(Duration retryAfterFailure) {
            this.retryAfterFailure = positive(retryAfterFailure, "retryAfterFailure");
            return this;
        }

        /** How many users' tools are kept at most; the least recently used go first. */
        public Builder maxUsers(int maxUsers) {
            if (maxUsers < 1) {
                throw new IllegalArgumentException("maxUsers < 1: " + maxUsers);
            }
            this.maxUsers = maxUsers;
            return this;
        }

        /**
         * Asks ActionKit to reload custom fields on each listing ({@code reload_fields=true})
         * instead of serving its own copy, which it keeps up to 8 hours; default false. Each
         * listing is slower then.
         */
        public Builder reloadFields(boolean reloadFields) {
            this.reloadFields = reloadFields;
            return this;
        }

        /** Lists only these integration keys, e.g. {@code "slack"}; default all. */
        public Builder integrations(String... integrationKeys) {
            this.integrations = List.of(integrationKeys);
            return this;
        }

        /** The clock that decides when listings expire; default the system clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /** Returns the per-user source; build one and share it. */
        public PerUserActionTools build() {
            return new PerUserActionTools(this);
        }

        private static Duration positive(Duration duration, String name) {
            Objects.requireNonNull(duration, name + " == null");
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + duration);
            }
            return duration;
        }
    }
}
