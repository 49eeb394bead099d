package dev.actionkit.spring.boot;

import dev.actionkit.runtime.ActionKitClient;
import dev.actionkit.runtime.UserTokenMinter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A client per user in one line: mints each user's token from the signing key, caches it until
 * shortly before it expires, and derives a client that acts for that user.
 *
 * <pre>{@code
 * Actions actions = new Actions(users.client("user-1"));
 * actions.slack().sendMessage("#general", "Hello");
 * }</pre>
 *
 * <p>Thread-safe. Holds at most {@code maxCachedUsers} tokens, dropping the least recently used;
 * two threads that ask for a new user's token at once may both mint one (minting is cheap and
 * both tokens are valid). Its {@code toString()} never shows a token.
 */
public final class ActionKitUsers {

    private final ActionKitClient client;
    private final UserTokenMinter minter;
    private final Duration validity;
    private final Duration renewBefore;
    private final Clock clock;
    private final Map<String, Cached> tokens;

    private record Cached(String token, Instant renewAt) {}

    /**
     * @param client the client whose configuration each user's client shares
     * @param minter signs the tokens
     * @param validity how long each token is valid
     * @param renewBefore how long before its expiry a token is replaced; less than validity
     * @param maxCachedUsers the most users whose tokens are kept, at least 1
     * @param clock the clock the renewal times are measured against (the minter's)
     */
    public ActionKitUsers(ActionKitClient client, UserTokenMinter minter, Duration validity,
            Duration renewBefore, int maxCachedUsers, Clock clock) {
        this.client = Objects.requireNonNull(client, "client == null");
        this.minter = Objects.requireNonNull(minter, "minter == null");
        this.validity = Objects.requireNonNull(validity, "validity == null");
        this.renewBefore = Objects.requireNonNull(renewBefore, "renewBefore == null");
        this.clock = Objects.requireNonNull(clock, "clock == null");
        if (renewBefore.isNegative() || renewBefore.compareTo(validity) >= 0) {
            throw new IllegalArgumentException("renewBefore must be at least zero and less than "
                    + "the token validity: " + renewBefore + " vs " + validity);
        }
        if (maxCachedUsers < 1) {
            throw new IllegalArgumentException("maxCachedUsers < 1: " + maxCachedUsers);
        }
        this.tokens = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
                return size() > maxCachedUsers;
            }
        };
    }

    /** Returns a client that acts for {@code userId}, with a token valid for a while yet. */
    public ActionKitClient client(String userId) {
        return client.forUser(token(userId));
    }

    /**
     * Returns a token for {@code userId}: the cached one unless it is due for renewal, else a
     * newly minted one. Also what Paragon's Connect SDK in the user's browser needs.
     */
    public String token(String userId) {
        Objects.requireNonNull(userId, "userId == null");
        Instant now = clock.instant();
        synchronized (tokens) {
            Cached cached = tokens.get(userId);
            if (cached != null && now.isBefore(cached.renewAt())) {
                return cached.token();
            }
        }
        String token = minter.mint(userId, validity);
        synchronized (tokens) {
            tokens.put(userId, new Cached(token, now.plus(validity).minus(renewBefore)));
        }
        return token;
    }

    /** Returns how many users' tokens are cached. */
    public int cachedUsers() {
        synchronized (tokens) {
            return tokens.size();
        }
    }

    /** Never shows a token. */
    @Override
    public String toString() {
        return "ActionKitUsers{client=" + client + ", validity=" + validity
                + ", renewBefore=" + renewBefore + ", cachedUsers=" + cachedUsers() + "}";
    }
}
