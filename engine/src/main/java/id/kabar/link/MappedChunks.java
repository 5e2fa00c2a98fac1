package id.kabar.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A file read and written through memory-mapped chunks of a fixed size: what the linker keeps per
 * article beyond its window (signatures, where each profile lies) lives here, paged in by the system
 * when read, so the heap does not grow with the store. A chunk is mapped on first use, which grows the
 * file to hold it.
 */
final class MappedChunks implements AutoCloseable {
    private final Path file;
    private final int chunkBytes;
    private final int chunkShift;
    private final FileChannel.MapMode mode;
    private MappedByteBuffer[] chunks = new MappedByteBuffer[16];

    private MappedChunks(Path file, int chunkBytes, FileChannel.MapMode mode) {
        if (Integer.bitCount(chunkBytes) != 1) {
            throw new IllegalArgumentException("chunks of " + chunkBytes + " bytes: not a power of two");
        }
        this.file = file;
        this.chunkBytes = chunkBytes;
        this.chunkShift = Integer.numberOfTrailingZeros(chunkBytes);
        this.mode = mode;
    }

    /**
     * Chunks mapped shared, written through to the file: one a checkpoint names, or the arrays of a table
     * seldom written any more ({@link PostingTable#settle}).
     *
     * @param chunkBytes a power of two, so an index splits into chunk and offset by shifts
     */
    static MappedChunks kept(Path file, int chunkBytes) {
        return new MappedChunks(file, chunkBytes, FileChannel.MapMode.READ_WRITE);
    }

    /**
     * Chunks of an index the linker rebuilds whenever it starts, mapped privately: what is written stays in
     * the process's pages and never goes back to the file. Shared, a table written at random places all over
     * was written back by the system every half minute, and each page written again after that faulted: at
     * a thousand articles a day up to 500,000 stored, 94 s of system CPU and 68 GB written to disk in a run
     * whose user CPU was 539 s, the CPU per article filled rising from 521 µs at 100,000 to 1,672 at 500,000.
     */
    static MappedChunks scratch(Path file, int chunkBytes) {
        return new MappedChunks(file, chunkBytes, FileChannel.MapMode.PRIVATE);
    }

    /** Chunk {@code index}, little-endian, mapped for reading and writing. */
    ByteBuffer chunk(int index) {
        if (index >= chunks.length) {
            chunks = Arrays.copyOf(chunks, Math.max(index + 1, chunks.length * 2));
        }
        MappedByteBuffer c = chunks[index];
        if (c == null) {
            // a mapping outlives its channel, so none is held open between chunks
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE)) {
                c = channel.map(mode, (long) index * chunkBytes, chunkBytes);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot map chunk " + index, e);
            }
            c.order(ByteOrder.LITTLE_ENDIAN);
            chunks[index] = c;
        }
        return c;
    }

    long getLong(long index) {
        long at = index * Long.BYTES;
        return chunk((int) (at >>> chunkShift)).getLong((int) at & (chunkBytes - 1));
    }

    void putLong(long index, long value) {
        long at = index * Long.BYTES;
        chunk((int) (at >>> chunkShift)).putLong((int) at & (chunkBytes - 1), value);
    }

    int getInt(long index) {
        long at = index * Integer.BYTES;
        return chunk((int) (at >>> chunkShift)).getInt((int) at & (chunkBytes - 1));
    }

    void putInt(long index, int value) {
        long at = index * Integer.BYTES;
        chunk((int) (at >>> chunkShift)).putInt((int) at & (chunkBytes - 1), value);
    }

    /** Closes the file and deletes it: an index replaced by a larger one. */
    void delete() {
        close();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }

    /** Writes every mapped chunk through to the disk. */
    void force() {
        for (MappedByteBuffer c : chunks) {
            if (c != null) {
                c.force();
            }
        }
    }

    /** Drops the mappings (the system unmaps them once they are collected). */
    @Override
    public void close() {
        chunks = new MappedByteBuffer[0];
    }
}
