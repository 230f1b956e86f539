package org.eduaid.enrollment.importing.validation;

import java.util.Arrays;

import org.eduaid.kit.privacy.ResidentIdNumber;

/**
 * The ID numbers already seen in one file and the row each first appeared in, to reject a later row
 * as a duplicate. Compact on purpose, since a file may hold millions of rows: the first 17 digits of
 * an ID number (the 18th is their check character) are one {@code long} below 10^17, stored exactly
 * (no hash collisions) in an open-addressing table of {@code long} keys and {@code int} rows, 12
 * bytes a slot, at most 3/4 full. Memory: 16 to 32 bytes per distinct ID number, so 200,000 rows take
 * under 7 MB and 1,000,000 rows 24 MB (2^21 slots), against ~100 MB for a HashSet of strings. It lives
 * only while the file is read and never leaves the process.
 */
public final class SeenIdNumbers {

    private static final int INITIAL_CAPACITY = 1 << 12;

    private long[] keys = new long[INITIAL_CAPACITY];
    private int[] rows = new int[INITIAL_CAPACITY];
    private int size;

    /** Remembers the number at {@code row}; returns the earlier row it was first seen at, or -1 if it is new. */
    public long firstSeen(ResidentIdNumber number, long row) {
        long key = keyOf(number.unmaskedValue());
        int mask = keys.length - 1;
        for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
            if (keys[slot] == 0) {
                keys[slot] = key;
                rows[slot] = (int) Math.min(row, Integer.MAX_VALUE);
                if (++size * 4L > keys.length * 3L) {
                    grow();
                }
                return -1;
            }
            if (keys[slot] == key) {
                return rows[slot];
            }
        }
    }

    public int size() {
        return size;
    }

    /** Bytes held by the table. */
    public long footprint() {
        return keys.length * 12L;
    }

    /** 17 digits + 1, so that 0 can mean an empty slot. */
    static long keyOf(String number) {
        long key = 0;
        for (int i = 0; i < 17; i++) {
            key = key * 10 + (number.charAt(i) - '0');
        }
        return key + 1;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRows = rows;
        keys = new long[oldKeys.length * 2];
        rows = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = mix(oldKeys[i]) & mask;
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                rows[slot] = oldRows[i];
            }
        }
        Arrays.fill(oldKeys, 0);
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        h ^= h >>> 32;
        h *= 0xC2B2AE3D27D4EB4FL;
        return (int) (h ^ (h >>> 29));
    }
}
