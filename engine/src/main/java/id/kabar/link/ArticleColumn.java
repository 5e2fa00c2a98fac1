package id.kabar.link;

import java.util.Arrays;

/**
 * A value per article number (or per group, at its root's number), growing as articles arrive: a plain
 * array while small, moved into a memory-mapped file among the linker's once past
 * {@link PostingTable#MAPPED_FROM} bytes, so what the groupings keep for every article of the store (the
 * union-find links, an event's days and kinds) stays out of the heap.
 *
 * <p>Values are stored XOR the column's blank value, so the zeros of a fresh array or of a file's new pages
 * read as blank: nothing is filled in when the column grows.
 */
final class ArticleColumn {
    private static final int CHUNK = 1 << 26;

    private final LinkerFiles files;
    private final String name;
    private final long blank;
    /** Whether a value fits an int, which the mapped file then holds in four bytes, not eight. */
    private final boolean ints;
    private long[] values = new long[1024];
    private MappedChunks mapped;

    private ArticleColumn(LinkerFiles files, String name, long blank, boolean ints) {
        this.files = files;
        this.name = name;
        this.blank = blank;
        this.ints = ints;
    }

    /**
     * A column of longs.
     *
     * @param files where the column moves once large; null to keep it in the heap whatever its size
     * @param name  the name of its file among the linker's
     * @param blank what an article never set reads as
     */
    static ArticleColumn longs(LinkerFiles files, String name, long blank) {
        return new ArticleColumn(files, name, blank, false);
    }

    /** A column of ints, the same way. */
    static ArticleColumn ints(LinkerFiles files, String name, int blank) {
        return new ArticleColumn(files, name, blank, true);
    }

    long get(int index) {
        if (mapped != null) {
            return (ints ? mapped.getInt(index) : mapped.getLong(index)) ^ blank;
        }
        return index < values.length ? values[index] ^ blank : blank;
    }

    void set(int index, long value) {
        if (mapped != null) {
            put(index, value ^ blank);
            return;
        }
        if (index >= values.length) {
            long grown = Math.max(index + 1L, values.length * 2L);
            if (files != null && grown * Long.BYTES >= PostingTable.MAPPED_FROM) {
                moveOut();
                put(index, value ^ blank);
                return;
            }
            values = Arrays.copyOf(values, (int) grown);
        }
        values[index] = value ^ blank;
    }

    /** Whether the column lives in a mapped file. */
    boolean mapped() {
        return mapped != null;
    }

    private void moveOut() {
        mapped = MappedChunks.scratch(files.scratch(name), CHUNK);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != 0) {
                put(i, values[i]);
            }
        }
        values = null;
    }

    private void put(int index, long stored) {
        if (ints) {
            mapped.putInt(index, (int) stored);
        } else {
            mapped.putLong(index, stored);
        }
    }
}
