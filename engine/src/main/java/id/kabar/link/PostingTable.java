package id.kabar.link;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A multimap from long keys to article numbers, newest first, in flat arrays: tens of millions of
 * postings fit without one object per entry, and a scan can stop after the most recent few.
 */
final class PostingTable {
    private static final int EMPTY = -1;

    private long[] keys = new long[1 << 12];
    private int[] heads = filled(1 << 12);
    private int slotsUsed;
    private int[] values = new int[1 << 12];
    private int[] next = new int[1 << 12];
    private int entries;

    void add(long key, int value) {
        if ((slotsUsed + 1) * 4 > keys.length * 3) {
            rehash(keys.length * 2);
        }
        int slot = slotOf(key);
        if (heads[slot] == EMPTY) {
            keys[slot] = key;
            slotsUsed++;
        }
        if (entries == values.length) {
            values = Arrays.copyOf(values, entries * 2);
            next = Arrays.copyOf(next, entries * 2);
        }
        values[entries] = value;
        next[entries] = heads[slot];
        heads[slot] = entries++;
    }

    /** Visits the values under {@code key}, newest first, at most {@code limit} of them. */
    void forEach(long key, int limit, IntConsumer visitor) {
        int e = heads[slotOf(key)];
        for (int seen = 0; e != EMPTY && seen < limit; seen++, e = next[e]) {
            visitor.accept(values[e]);
        }
    }

    private int slotOf(long key) {
        int mask = keys.length - 1;
        int slot = (int) (mix(key) & mask);
        while (heads[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void rehash(int capacity) {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new long[capacity];
        heads = filled(capacity);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldHeads[i] != EMPTY) {
                int slot = slotOf(oldKeys[i]);
                keys[slot] = oldKeys[i];
                heads[slot] = oldHeads[i];
            }
        }
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, EMPTY);
        return a;
    }
}
