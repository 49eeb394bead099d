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
        slices.add(hash, 0);
        for (int i = width; i < secret.length(); i++) {
            hash = (hash - secret.charAt(i - width) * power) * BASE + secret.charAt(i);
            slices.add(hash, i - width + 1);
        }
        BitSet hidden = new BitSet();
        hash = hash(text, width);
        int hiddenUpTo = 0;
        for (int start = 0; ; start++) {
            int offset = slices.offsetOf(hash);
            if (offset >= 0 && isSlice(text, start, secret, offset, width)) {
                // Marks only what is new: a long echo costs one bit per character.
                hidden.set(Math.max(start, hiddenUpTo), start + width);
                hiddenUpTo = start + width;
            }
            int next = start + width;
            if (next >= text.length()) {
                return hidden;
            }
            hash = (hash - text.charAt(start) * power) * BASE + text.charAt(next);
        }
    }

    /** Checks a hash hit: the slice at {@code offset}, or (after a collision) any other. */
    private static boolean isSlice(String text, int start, String secret, int offset, int width) {
        return text.regionMatches(start, secret, offset, width)
                || secret.contains(text.substring(start, start + width));
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

    /**
     * The hashes of a secret's slices, each with the offset of its first slice, without boxing:
     * open addressing with linear probing.
     */
    private static final class LongSet {
        private final long[] slots;
        private final int[] offsets;
        private final boolean[] used;

        LongSet(int expected) {
            int size = Integer.highestOneBit(Math.max(4, expected * 4) - 1) << 1;
            slots = new long[size];
            offsets = new int[size];
            used = new boolean[size];
        }

        void add(long value, int offset) {
            int slot = find(value);
            if (!used[slot]) {
                slots[slot] = value;
                offsets[slot] = offset;
                used[slot] = true;
            }
        }

        /** Returns the offset of the first slice with this hash, or -1. */
        int offsetOf(long value) {
            int slot = find(value);
            return used[slot] ? offsets[slot] : -1;
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
