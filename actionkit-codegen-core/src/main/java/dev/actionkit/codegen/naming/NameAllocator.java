package dev.actionkit.codegen.naming;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Decides the identifiers of one scope at once, so that the outcome never depends on the order
 * in which names are asked for.
 *
 * <p>Reserved names are taken first. Then each request's preferred identifier is granted, in
 * the order of the requests' keys (their wire names, compared as strings), to the request whose
 * wire name already equals it, or else to the first key; every other request for the same
 * identifier gets the first free {@code preferred + n}, n = 2, 3, ... (or
 * {@code preferred + "_" + n} where the identifier ends in a digit). Keywords and reserved words
 * get a trailing underscore first. Example: {@code search_depth} and {@code searchDepth} both
 * prefer {@code searchDepth}; {@code searchDepth} keeps it and {@code search_depth} becomes
 * {@code searchDepth2}, whichever was seen first.
 *
 * @param <K> the key of a request, e.g. a wire name
 */
public final class NameAllocator<K> {

    private final Set<String> taken = new HashSet<>();
    private final Map<K, String> preferred = new LinkedHashMap<>();
    private final Map<K, String> wireNames = new LinkedHashMap<>();
    private final boolean ignoreCase;
    private final Predicate<String> forbidden;
    private String companionSuffix;

    /**
     * Creates an allocator.
     *
     * @param ignoreCase whether {@code Foo} and {@code FOO} clash (type names: files)
     * @param forbidden names that get a trailing underscore (keywords, Object methods)
     */
    public NameAllocator(boolean ignoreCase, Predicate<String> forbidden) {
        this.ignoreCase = ignoreCase;
        this.forbidden = Objects.requireNonNull(forbidden, "forbidden == null");
    }

    /**
     * Makes every granted name also claim {@code name + suffix}, for members that come in pairs
     * such as {@code send} and {@code sendAsync}.
     */
    public NameAllocator<K> withCompanion(String suffix) {
        this.companionSuffix = Objects.requireNonNull(suffix, "suffix == null");
        return this;
    }

    /** Reserves a name: no request will be granted it. */
    public NameAllocator<K> reserve(String name) {
        taken.add(key(name));
        return this;
    }

    /** Reserves names: no request will be granted them. */
    public NameAllocator<K> reserveAll(Iterable<String> names) {
        names.forEach(this::reserve);
        return this;
    }

    /**
     * Asks for an identifier.
     *
     * @param key unique per request, also the tie-breaker (e.g. the wire name)
     * @param wireName the original name; a request whose wire name equals its identifier wins
     * @param identifier the preferred, legal identifier
     */
    public NameAllocator<K> request(K key, String wireName, String identifier) {
        String granted = forbidden.test(identifier) ? identifier + "_" : identifier;
        if (preferred.put(key, granted) != null) {
            throw new IllegalArgumentException("duplicate key: " + key);
        }
        wireNames.put(key, wireName);
        return this;
    }

    /** Decides every requested identifier; the map iterates in request order. */
    public Map<K, String> allocate(Comparator<? super K> keyOrder) {
        List<K> keys = new ArrayList<>(preferred.keySet());
        keys.sort(Comparator.<K, Boolean>comparing(k -> !wireNames.get(k).equals(preferred.get(k)))
                .thenComparing(keyOrder));
        Map<K, String> granted = new LinkedHashMap<>();
        List<K> losers = new ArrayList<>();
        for (K k : keys) {
            if (claim(preferred.get(k))) {
                granted.put(k, preferred.get(k));
            } else {
                losers.add(k);
            }
        }
        for (K k : losers) {
            String base = preferred.get(k);
            String separator = Character.isDigit(base.charAt(base.length() - 1)) ? "_" : "";
            int n = 2;
            while (!claim(base + separator + n)) {
                n++;
            }
            granted.put(k, base + separator + n);
        }
        Map<K, String> inRequestOrder = new LinkedHashMap<>();
        preferred.keySet().forEach(k -> inRequestOrder.put(k, granted.get(k)));
        return inRequestOrder;
    }

    private boolean claim(String name) {
        if (taken.contains(key(name))
                || companionSuffix != null && taken.contains(key(name + companionSuffix))) {
            return false;
        }
        taken.add(key(name));
        if (companionSuffix != null) {
            taken.add(key(name + companionSuffix));
        }
        return true;
    }

    private String key(String name) {
        return ignoreCase ? name.toLowerCase(Locale.ROOT) : name;
    }
}
