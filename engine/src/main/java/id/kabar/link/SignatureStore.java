package id.kabar.link;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.BitSet;

/**
 * The MinHash signatures of the stored articles, packed side by side in large chunks by article
 * number. A copy check compares an arriving article with up to hundreds of stored ones met in the
 * LSH bands, scattered over the whole store; read from here, each costs four adjacent cache lines
 * instead of a walk through the article's profile to a separate array.
 *
 * <p>Given the linker's files, every chunk after the first lives in a memory-mapped file, so the
 * signatures of a growing store (256 bytes an article) stay out of the heap.
 *
 * <p>The signatures a checkpoint saved ({@link #sealed}) are read from the linker's segment {@code signatures.log}
 * itself, mapped read-only: a resumed linker maps them rather than put each again. Those of articles linked since
 * are held as above, and each checkpoint appends them to the segment ({@link #saved}).
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
    /** The saved signatures, read-only chunks of the segment, and how many articles they cover. */
    private ByteBuffer[] sealed = new ByteBuffer[0];
    private int sealedArticles;
    /** The articles whose signature {@link #put} kept (an article with an empty body has none). */
    private final BitSet held = new BitSet();

    /** Signatures held in the heap, whatever their number. */
    SignatureStore() {
        this(null);
    }

    /** Signatures past the first chunk in a mapped file among the linker's (null: the heap). */
    SignatureStore(LinkerFiles files) {
        this.files = files;
    }

    private byte[][] chunks = new byte[16][];

    /**
     * Maps the first {@code articles} signatures of a segment a checkpoint saved ({@link #saved}): each one at its
     * article's place, all zero for an article without one.
     */
    void sealed(FileChannel segment, int articles) throws IOException {
        long bytes = (long) articles * BYTES;
        if (segment.size() < bytes) {
            throw new IOException("the signature segment holds " + segment.size() + " bytes, the checkpoint names " + bytes);
        }
        int chunkBytes = BYTES << CHUNK_BITS;
        sealed = new ByteBuffer[(int) ((bytes + chunkBytes - 1) / chunkBytes)];
        for (int c = 0; c < sealed.length; c++) {
            long at = (long) c * chunkBytes;
            sealed[c] = segment.map(FileChannel.MapMode.READ_ONLY, at, Math.min(chunkBytes, bytes - at))
                    .order(ByteOrder.LITTLE_ENDIAN);
        }
        sealedArticles = articles;
    }

    /**
     * The signatures of articles {@code from} to {@code to} (exclusive), none of them sealed, as a checkpoint appends
     * them to the segment: 256 bytes each, all zero for an article without one.
     */
    byte[] saved(int from, int to) {
        if (from < sealedArticles) {
            throw new IllegalStateException("article " + from + "'s signature is already saved");
        }
        byte[] out = new byte[(to - from) * BYTES];
        for (int seq = from; seq < to; seq++) {
            if (!held.get(seq)) {
                continue;
            }
            int chunk = seq >>> CHUNK_BITS;
            if (files != null && chunk > 0) {
                mapped.chunk(chunk).get(offset(seq), out, (seq - from) * BYTES, BYTES);
            } else {
                System.arraycopy(chunks[chunk], offset(seq), out, (seq - from) * BYTES, BYTES);
            }
        }
        return out;
    }

    /** Whether article {@code seq}'s signature is read from the saved segment. */
    boolean isSealed(int seq) {
        return seq < sealedArticles;
    }

    /** Keeps article {@code seq}'s signature. */
    void put(int seq, byte[] signature) {
        if (signature.length != BYTES) {
            throw new IllegalArgumentException("article " + seq + ": a shingle signature of " + signature.length
                    + " bytes, expected " + BYTES);
        }
        held.set(seq);
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
        if (seq < sealedArticles) {
            return similarity(signature, sealed[chunkIndex], offset(seq));
        }
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
