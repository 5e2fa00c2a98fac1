package id.kabar.link;

import java.util.Arrays;

/**
 * A multimap from long keys to article numbers, newest first, in flat arrays: tens of millions of
 * postings fit without one object per entry, and a scan can stop after the most recent few.
 *
 * <p>A key's postings lie in blocks that double in size up to {@link #MAX_BLOCK}, newest block
 * first, so reading the recent postings of a busy key touches a few cache lines rather than one per
 * posting: with a million articles stored, a posting list chained entry by entry would scatter over
 * hundreds of megabytes and every step would miss the cache.
 */
final class PostingTable {
    private static final int NONE = -1;
    private static final int MAX_BLOCK = 32;
    /** A block: the key's next older block, its capacity, then the postings, oldest first. */
    private static final int HEADER = 2;

    /**
     * Open addressing, two longs per slot so a probe reads one cache line: the key, then the newest
     * block (high half, {@link #NONE} in an empty slot) and how many postings it holds (low half).
     */
    private long[] table = emptyTable(1 << 12);
    private int slotsUsed;
    private int[] blocks = new int[1 << 12];
    private int blocksEnd;

    void add(long key, int value) {
        if ((slotsUsed + 1) * 4 > slots() * 3) {
            rehash(slots() * 2);
        }
        int slot = slotOf(key);
        int block = blockOf(table[2 * slot + 1]);
        int fill = (int) table[2 * slot + 1];
        if (block == NONE) {
            table[2 * slot] = key;
            slotsUsed++;
        }
        if (block == NONE || fill == blocks[block + 1]) {
            int capacity = block == NONE ? 1 : Math.min(MAX_BLOCK, blocks[block + 1] * 2);
            int fresh = allocate(capacity);
            blocks[fresh] = block;
            blocks[fresh + 1] = capacity;
            block = fresh;
            fill = 0;
        }
        blocks[block + HEADER + fill] = value;
        table[2 * slot + 1] = ((long) block << 32) | (fill + 1);
    }

    /**
     * Copies the values under {@code key}, newest first, at most {@code limit} of them, into
     * {@code into} from index {@code at}.
     *
     * @return how many were copied
     */
    int read(long key, int limit, int[] into, int at) {
        long meta = table[2 * slotOf(key) + 1];
        int block = blockOf(meta);
        int fill = (int) meta;
        int n = 0;
        while (block != NONE && n < limit) {
            for (int k = fill - 1; k >= 0 && n < limit; k--) {
                into[at + n++] = blocks[block + HEADER + k];
            }
            block = blocks[block];
            fill = block == NONE ? 0 : blocks[block + 1];
        }
        return n;
    }

    private int slots() {
        return table.length / 2;
    }

    private static int blockOf(long meta) {
        return (int) (meta >> 32);
    }

    private int slotOf(long key) {
        int mask = slots() - 1;
        int slot = (int) (mix(key) & mask);
        while (blockOf(table[2 * slot + 1]) != NONE && table[2 * slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private int allocate(int capacity) {
        int size = HEADER + capacity;
        if (blocksEnd + size > blocks.length) {
            blocks = Arrays.copyOf(blocks, Math.max(blocksEnd + size, blocks.length * 2));
        }
        int start = blocksEnd;
        blocksEnd += size;
        return start;
    }

    private void rehash(int slots) {
        long[] old = table;
        table = emptyTable(slots);
        for (int i = 0; i < old.length; i += 2) {
            if (blockOf(old[i + 1]) != NONE) {
                int slot = slotOf(old[i]);
                table[2 * slot] = old[i];
                table[2 * slot + 1] = old[i + 1];
            }
        }
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    private static long[] emptyTable(int slots) {
        long[] t = new long[2 * slots];
        for (int i = 1; i < t.length; i += 2) {
            t[i] = (long) NONE << 32;
        }
        return t;
    }
}
