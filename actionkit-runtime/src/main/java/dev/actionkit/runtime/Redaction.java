package dev.actionkit.runtime;

import java.util.BitSet;

/**
 * Masks a secret in text a server sent back: the whole secret, and any part of it at least
 * {@value #MIN_ECHO} characters long (a server may echo a token cut short, or a slice of it), in
 * time linear in the text (a rolling hash over the secret's slices).
 */
final class Redaction {

    /** The shortest slice of a secret that is masked; a shorter secret is masked whole. */
    static final int MIN_ECHO = 8;

    static final String MASK = "****";

    private static final long BASE = 1_000_003L;

    private Redaction() {}

    /** Returns {@code text} with every echo of {@code secret} replaced by {@value #MASK}. */
    static String mask(String text, String secret) {
        if (text == null || secret == null || secret.isEmpty()) {
            return text;
        }
        int width = Math.min(MIN_ECHO, secret.length());
        if (text.length() < width) {
            return text;
        }
        BitSet hidden = echoes(text, secret, width);
        return hidden.isEmpty() ? text : masked(text, hidden);
    }

    /** Marks every character of {@code text} that lies in a slice of {@code secret}. */
    private static BitSet echoes(String text, String secret, int width) {
        LongSet slices = new LongSet(secret.length() - width + 1);
        long power = 1;
        for (int i = 1; i < width; i++) {
            power *= BASE;
        }
        long hash = hash(secret, width);
        slices.add(hash);
        for (int i = width; i < secret.length(); i++) {
            hash = (hash - secret.charAt(i - width) * power) * BASE + secret.charAt(i);
            slices.add(hash);
        }
        BitSet hidden = new BitSet();
        hash = hash(text, width);
        for (int start = 0; ; start++) {
            if (slices.contains(hash)
                    && secret.contains(text.substring(start, start + width))) {
                hidden.set(start, start + width);
            }
            int next = start + width;
            if (next >= text.length()) {
                return hidden;
            }
            hash = (hash - text.charAt(start) * power) * BASE + text.charAt(next);
        }
    }

    private static long hash(String text, int width) {
        long hash = 0;
        for (int i = 0; i < width; i++) {
            hash = hash * BASE + text.charAt(i);
        }
        return hash;
    }

    private static String masked(String text, BitSet hidden) {
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (int start = hidden.nextSetBit(0); start >= 0; start = hidden.nextSetBit(at)) {
            out.append(text, at, start).append(MASK);
            at = hidden.nextClearBit(start);
        }
        return out.append(text, at, text.length()).toString();
    }

    /** A set of longs without boxing: open addressing with linear probing. */
    private static final class LongSet {
        private final long[] slots;
        private final boolean[] used;

        LongSet(int expected) {
            int size = Integer.highestOneBit(Math.max(4, expected * 4) - 1) << 1;
            slots = new long[size];
            used = new boolean[size];
        }

        void add(long value) {
            int slot = find(value);
            slots[slot] = value;
            used[slot] = true;
        }

        boolean contains(long value) {
            return used[find(value)];
        }

        private int find(long value) {
            int mask = slots.length - 1;
            int slot = (int) (value ^ (value >>> 32)) * 0x9E3779B9 & mask;
            while (used[slot] && slots[slot] != value) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }
    }
}
