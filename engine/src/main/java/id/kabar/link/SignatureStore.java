package id.kabar.link;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The MinHash signatures of the stored articles, packed side by side in large chunks by article
 * number. A copy check compares an arriving article with up to hundreds of stored ones met in the
 * LSH bands, scattered over the whole store; read from here, each costs four adjacent cache lines
 * instead of a walk through the article's profile to a separate array.
 *
 * <p>Given the linker's files, every chunk after the first lives in a memory-mapped file, so the
 * signatures of a growing store (256 bytes an article) stay out of the heap.
 */
final class SignatureStore {
    /** 128 components of 16 bits (see {@link ArticleProfiler#MINHASH}). */
    static final int COMPONENTS = 128;
    static final int BYTES = COMPONENTS * 2;
    private static final int LONGS = BYTES / Long.BYTES;
    /** Signatures per chunk: one megabyte, so the store grows without copying what it holds. */
    private static final int CHUNK_BITS = 12;
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final LinkerFiles files;
    private MappedChunks mapped;

    /** Signatures held in the heap, whatever their number. */
    SignatureStore() {
        this(null);
    }

    /** Signatures past the first chunk in a mapped file among the linker's (null: the heap). */
    SignatureStore(LinkerFiles files) {
        this.files = files;
    }

    private byte[][] chunks = new byte[16][];

    /** Keeps article {@code seq}'s signature. */
    void put(int seq, byte[] signature) {
        if (signature.length != BYTES) {
            throw new IllegalArgumentException("article " + seq + ": a shingle signature of " + signature.length
                    + " bytes, expected " + BYTES);
        }
        int chunk = seq >>> CHUNK_BITS;
        if (files != null && chunk > 0) {
            if (mapped == null) {
                mapped = MappedChunks.scratch(files.scratch("signatures"), BYTES << CHUNK_BITS);
            }
            mapped.chunk(chunk).put(offset(seq), signature);
            return;
        }
        if (chunk >= chunks.length) {
            chunks = Arrays.copyOf(chunks, Math.max(chunk + 1, chunks.length * 2));
        }
        if (chunks[chunk] == null) {
            chunks[chunk] = new byte[BYTES << CHUNK_BITS];
        }
        System.arraycopy(signature, 0, chunks[chunk], offset(seq), BYTES);
    }

    /**
     * The share of components on which a signature equals stored article {@code seq}'s: the same
     * fraction as {@code MINHASH.getFractionOfEqualComponents}, read two bytes per component.
     */
    double similarity(byte[] signature, int seq) {
        int chunkIndex = seq >>> CHUNK_BITS;
        if (files != null && chunkIndex > 0) {
            return similarity(signature, mapped.chunk(chunkIndex), offset(seq));
        }
        byte[] chunk = chunks[chunkIndex];
        int at = offset(seq);
        int equal = 0;
        for (int k = 0; k < LONGS; k++) {
            long differ = (long) LONG.get(signature, k * Long.BYTES) ^ (long) LONG.get(chunk, at + k * Long.BYTES);
            for (int lane = 0; lane < Long.SIZE; lane += 16) {
                if ((differ >>> lane & 0xFFFF) == 0) {
                    equal++;
                }
            }
        }
        return (double) equal / COMPONENTS;
    }

    private static double similarity(byte[] signature, ByteBuffer chunk, int at) {
        int equal = 0;
        for (int k = 0; k < LONGS; k++) {
            long differ = (long) LONG.get(signature, k * Long.BYTES) ^ chunk.getLong(at + k * Long.BYTES);
            for (int lane = 0; lane < Long.SIZE; lane += 16) {
                if ((differ >>> lane & 0xFFFF) == 0) {
                    equal++;
                }
            }
        }
        return (double) equal / COMPONENTS;
    }

    private static int offset(int seq) {
        return (seq & ((1 << CHUNK_BITS) - 1)) * BYTES;
    }
}
