package dev.actionkit.tools;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The users' slots of {@link PerUserActionTools}: at most {@code maxUsers}, the least recently
 * used dropped first. A slot holds one listing of one user, in flight or done, and when it
 * expires; whoever claims a missing or expired slot fetches, everyone else waits for that fetch.
 *
 * <p>Only the map is locked, never a fetch: a slow listing of one user holds up no other user.
 */
final class UserToolsCache {

    /** One user's listing: in flight until its future completes, then served until it expires. */
    static final class Slot {

        private final CompletableFuture<UserTools> future = new CompletableFuture<>();
        private final UserTools previousLive;
        private volatile Instant expiresAt = Instant.MAX;

        private Slot(UserTools previousLive) {
            this.previousLive = previousLive;
        }

        CompletableFuture<UserTools> future() {
            return future;
        }

        /** Serves {@code tools} to every waiter and to later callers until {@code expiresAt}. */
        void complete(UserTools tools, Instant expiresAt) {
            this.expiresAt = expiresAt;
            future.complete(tools);
        }

        /** Returns this user's latest live tools: this slot's, or the ones it replaced. */
        UserTools lastLive() {
            if (future.isDone() && !future.isCompletedExceptionally()) {
                UserTools tools = future.join();
                if (tools.origin() == UserTools.Origin.LIVE) {
                    return tools;
                }
            }
            return previousLive;
        }

        /** A failed slot counts as expired, should one ever stay in the map. */
        private boolean expired(Instant now) {
            return future.isCompletedExceptionally()
                    || (future.isDone() && !now.isBefore(expiresAt));
        }
    }

    /**
     * A slot for a caller; the {@code owner} must fetch and complete it.
     *
     * @param slot the user's slot
     * @param owner whether this caller created it and so fetches
     */
    record Claim(Slot slot, boolean owner) {}

    private final Map<Object, Slot> slots;

    UserToolsCache(int maxUsers) {
        this.slots = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Slot> eldest) {
                return size() > maxUsers;
            }
        };
    }

    /** Returns the user's slot while it is in flight or fresh, else a new one to fetch. */
    synchronized Claim claim(Object userKey, Instant now) {
        Slot slot = slots.get(userKey);
        if (slot != null && !slot.expired(now)) {
            return new Claim(slot, false);
        }
        Slot fresh = new Slot(slot == null ? null : slot.lastLive());
        slots.put(userKey, fresh);
        return new Claim(fresh, true);
    }

    /** Forgets a slot whose fetch failed, so that the next caller fetches again. */
    synchronized void remove(Object userKey, Slot slot) {
        slots.remove(userKey, slot);
    }

    /**
     * Makes the next caller for this user fetch again. A finished slot is kept as expired, so its
     * listing can still be served if the new one fails; one in flight is dropped, as it may have
     * been sent before whatever made the caller invalidate.
     */
    synchronized void invalidate(Object userKey) {
        Slot slot = slots.get(userKey);
        if (slot == null) {
            return;
        }
        if (slot.future.isDone()) {
            slot.expiresAt = Instant.MIN;
        } else {
            slots.remove(userKey);
        }
    }

    /** Returns how many users have a slot. */
    synchronized int size() {
        return slots.size();
    }
}
