package id.kabar.link;

import java.nio.file.Path;
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
 *
 * <p>A table given the linker's files moves its arrays into memory-mapped files once they outgrow
 * {@link #MAPPED_FROM} bytes: the tables that grow with the store (the LSH bands, the postings of all
 * time) then stay out of the heap, paged in where look-ups read.
 */
final class PostingTable {
    private static final int NONE = -1;
    /** The low half of a slot holding its key's only posting (in the high half). */
    private static final int ONE = -1;
    private static final int MAX_BLOCK = 32;
    /** A block: the key's next older block, its capacity, then the postings, oldest first. */
    private static final int HEADER = 2;

    /**
     * Bytes from which an array lives in a mapped file: 4 MB, some 15,000 articles' candidate keys, so the
     * tables of a small corpus stay plain arrays while a week's at a thousand articles a day moves out.
     */
    static final long MAPPED_FROM = 1L << 22;
    private static final int CHUNK = 1 << 26;

    private final LinkerFiles files;
    private final String name;
    /**
     * Open addressing, two longs per slot so a probe reads one cache line: the key, then the newest
     * block (high half, {@link #NONE} in an empty slot) and how many postings it holds (low half),
     * or the key's only posting (high half) and {@link #ONE}.
     */
    private long[] table = emptyTable(1 << 12);
    private MappedChunks mappedTable;
    private int slots = 1 << 12;
    private int slotsUsed;
    private int[] blocks = new int[1 << 12];
    private MappedChunks mappedBlocks;
    private long blocksCapacity = 1 << 12;
    private int blocksEnd;
    /** Whether the arrays have moved into files mapped shared, for good ({@link #settle}). */
    private boolean settled;

    /** A table held in the heap, whatever its size. */
    PostingTable() {
        this(null, null);
    }

    /** A table that moves into files named after {@code name} among the linker's once it grows large. */
    PostingTable(LinkerFiles files, String name) {
        this.files = files;
        this.name = name;
    }

    /** Adds an article number (not negative) under a key. */
    void add(long key, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative article number " + value);
        }
        if ((slotsUsed + 1L) * 4 > slots() * 3L) {
            rehash(slots() * 2);
        }
        int slot = slotOf(key);
        long meta = t(2L * slot + 1);
        if (blockOf(meta) == NONE) {
            t(2L * slot, key);
            t(2L * slot + 1, ((long) value << 32) | (ONE & 0xFFFFFFFFL));
            slotsUsed++;
            return;
        }
        int block;
        int fill;
        if ((int) meta == ONE) {
            block = newBlock(NONE, 2);
            b(block + HEADER, blockOf(meta));
            fill = 1;
        } else {
            block = blockOf(meta);
            fill = (int) meta;
            if (fill == b(block + 1)) {
                block = newBlock(block, Math.min(MAX_BLOCK, b(block + 1) * 2));
                fill = 0;
            }
        }
        b(block + HEADER + fill, value);
        t(2L * slot + 1, ((long) block << 32) | (fill + 1));
    }

    /**
     * Makes room for {@code keys} keys in all at once: a table about to take in that many (a restored linker's bands)
     * is sized once rather than doubled and rehashed on the way. Where a key lies does not change what it reads.
     */
    void reserve(long keys) {
        long needed = Long.highestOneBit(Math.max(1, keys * 4 / 3)) << 1;
        if (needed > slots() && needed <= 1 << 30) {
            rehash((int) needed);
        }
    }

    /**
     * Copies the values under {@code key}, newest first, at most {@code limit} of them, into
     * {@code into} from index {@code at}.
     *
     * @return how many were copied
     */
    int read(long key, int limit, int[] into, int at) {
        long meta = t(2L * slotOf(key) + 1);
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
                into[at + n++] = b(block + HEADER + k);
            }
            block = b(block);
            fill = block == NONE ? 0 : b(block + 1);
        }
        return n;
    }

    /**
     * Moves the arrays into files among the linker's now, whatever their size, mapped shared: a table of a week
     * the arrivals have left behind is read by few and written by fewer (a late article), so rather than hold
     * it in the heap, or in private pages only swap could free, it lies in files whose pages the system may
     * drop and read back. Written rarely, those pages are not written back over and over, as the pages of
     * tables written all over were when mapped shared (see {@link MappedChunks#scratch}). A table without
     * files stays where it is.
     */
    void settle() {
        if (files == null || settled) {
            return;
        }
        settled = true;
        long[] oldTable = table;
        if (oldTable != null) {
            mappedTable = MappedChunks.kept(files.scratch(name + "-slots"), chunkFor(oldTable.length * (long) Long.BYTES));
            for (int i = 0; i < oldTable.length; i++) {
                mappedTable.putLong(i, oldTable[i]);
            }
            table = null;
        }
        int[] oldBlocks = blocks;
        if (oldBlocks != null) {
            mappedBlocks = MappedChunks.kept(files.scratch(name + "-blocks"), chunkFor(blocksCapacity * Integer.BYTES));
            for (int i = 0; i < blocksEnd; i++) {
                mappedBlocks.putInt(i, oldBlocks[i]);
            }
            blocks = null;
        }
    }

    /** Chunks for a settled array of {@code bytes}: one chunk when it is small, so its file is no larger. */
    private static int chunkFor(long bytes) {
        return (int) Math.min(CHUNK, Math.max(1 << 16, Long.highestOneBit(Math.max(1, bytes - 1)) << 1));
    }

    /** A file for an array of this table: mapped shared once settled, else privately (see {@link MappedChunks}). */
    private MappedChunks mapFile(String part, long bytes) {
        Path file = files.scratch(name + part);
        return settled ? MappedChunks.kept(file, chunkFor(bytes)) : MappedChunks.scratch(file, CHUNK);
    }

    private long t(long i) {
        return table != null ? table[(int) i] : mappedTable.getLong(i);
    }

    private void t(long i, long v) {
        if (table != null) {
            table[(int) i] = v;
        } else {
            mappedTable.putLong(i, v);
        }
    }

    private int b(int i) {
        return blocks != null ? blocks[i] : mappedBlocks.getInt(i);
    }

    private void b(int i, int v) {
        if (blocks != null) {
            blocks[i] = v;
        } else {
            mappedBlocks.putInt(i, v);
        }
    }

    private int newBlock(int older, int capacity) {
        int fresh = allocate(capacity);
        b(fresh, older);
        b(fresh + 1, capacity);
        return fresh;
    }

    private int slots() {
        return slots;
    }

    private static int blockOf(long meta) {
        return (int) (meta >> 32);
    }

    private int slotOf(long key) {
        int mask = slots() - 1;
        int slot = (int) (mix(key) & mask);
        while (blockOf(t(2L * slot + 1)) != NONE && t(2L * slot) != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private int allocate(int capacity) {
        int size = HEADER + capacity;
        if (blocksEnd + size > blocksCapacity) {
            if (blocksEnd + (long) size > Integer.MAX_VALUE) {
                throw new IllegalStateException("posting table " + name + " is full");
            }
            long grown = Math.min(Integer.MAX_VALUE, Math.max(blocksEnd + size, blocksCapacity * 2));
            if (blocks != null && files != null && grown * Integer.BYTES >= MAPPED_FROM) {
                mappedBlocks = mapFile("-blocks", grown * Integer.BYTES);
                for (int i = 0; i < blocksEnd; i++) {
                    mappedBlocks.putInt(i, blocks[i]);
                }
                blocks = null;
            } else if (blocks != null) {
                blocks = Arrays.copyOf(blocks, (int) grown);
            }
            blocksCapacity = grown;
        }
        int start = blocksEnd;
        blocksEnd += size;
        return start;
    }

    private void rehash(int newSlots) {
        long[] old = table;
        MappedChunks oldMapped = mappedTable;
        int oldSlots = slots;
        if (settled || files != null && newSlots * 2L * Long.BYTES >= MAPPED_FROM) {
            table = null;
            mappedTable = mapFile("-slots", newSlots * 2L * Long.BYTES);
            for (long i = 1; i < 2L * newSlots; i += 2) {
                mappedTable.putLong(i, (long) NONE << 32);
            }
        } else {
            table = emptyTable(newSlots);
        }
        slots = newSlots;
        for (long i = 0; i < 2L * oldSlots; i += 2) {
            long key = old != null ? old[(int) i] : oldMapped.getLong(i);
            long meta = old != null ? old[(int) i + 1] : oldMapped.getLong(i + 1);
            if (blockOf(meta) != NONE) {
                int slot = slotOf(key);
                t(2L * slot, key);
                t(2L * slot + 1, meta);
            }
        }
        if (oldMapped != null) {
            oldMapped.delete();
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
