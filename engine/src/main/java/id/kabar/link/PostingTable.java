package id.kabar.link;

import java.util.Arrays;

/**
 * A multimap from long keys to article numbers, newest first, in flat arrays: tens of millions of
 * postings fit without one object per entry, and a scan can stop after the most recent few.
 *
 * <p>A key's postings lie in blocks that double in size up to {@link #MAX_BLOCK}, newest block
 * first, so reading the recent postings of a busy key touches a few cache lines rather than one per
 * posting: with a million articles stored, a posting list chained entry by entry would scatter over
 * hundreds of megabytes and every step would miss the cache. A key with a single posting, as most
 * LSH band keys have, keeps it in its slot and has no block.
 */
final class PostingTable {
    private static final int NONE = -1;
    /** The low half of a slot holding its key's only posting (in the high half). */
    private static final int ONE = -1;
    private static final int MAX_BLOCK = 32;
    /** A block: the key's next older block, its capacity, then the postings, oldest first. */
    private static final int HEADER = 2;

    /**
     * Open addressing, two longs per slot so a probe reads one cache line: the key, then the newest
     * block (high half, {@link #NONE} in an empty slot) and how many postings it holds (low half),
     * or the key's only posting (high half) and {@link #ONE}.
     */
    private long[] table = emptyTable(1 << 12);
    private int slotsUsed;
    private int[] blocks = new int[1 << 12];
    private int blocksEnd;

    /** Adds an article number (not negative) under a key. */
    void add(long key, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative article number " + value);
        }
        if ((slotsUsed + 1) * 4 > slots() * 3) {
            rehash(slots() * 2);
        }
        int slot = slotOf(key);
        long meta = table[2 * slot + 1];
        if (blockOf(meta) == NONE) {
            table[2 * slot] = key;
            table[2 * slot + 1] = ((long) value << 32) | (ONE & 0xFFFFFFFFL);
            slotsUsed++;
            return;
        }
        int block;
        int fill;
        if ((int) meta == ONE) {
            block = newBlock(NONE, 2);
            blocks[block + HEADER] = blockOf(meta);
            fill = 1;
        } else {
            block = blockOf(meta);
            fill = (int) meta;
            if (fill == blocks[block + 1]) {
                block = newBlock(block, Math.min(MAX_BLOCK, blocks[block + 1] * 2));
                fill = 0;
            }
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
        if (block == NONE || limit <= 0) {
            return 0;
        }
        if ((int) meta == ONE) {
            into[at] = block;
            return 1;
        }
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

    private int newBlock(int older, int capacity) {
        int fresh = allocate(capacity);
        blocks[fresh] = older;
        blocks[fresh + 1] = capacity;
        return fresh;
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
