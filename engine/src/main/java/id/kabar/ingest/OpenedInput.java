package id.kabar.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;

/**
 * An input file opened for reading: decompressed, and with its first bytes already in hand for sniffing the
 * format. {@link #stream()} still starts at the first byte. Damage met while reading the first bytes (a file cut
 * off early) is held back until the stream reaches it, so what decompressed before the cut is still read.
 */
final class OpenedInput implements Closeable {
    /** Enough to see an XML prolog, a doctype, a WARC version line or a first JSON line. */
    static final int HEAD_BYTES = 8192;
    private static final int BUFFER_BYTES = 64 * 1024;

    private final InputStream stream;
    private final byte[] head;
    private final Compression compression;

    private OpenedInput(InputStream stream, byte[] head, Compression compression) {
        this.stream = stream;
        this.head = head;
        this.compression = compression;
    }

    static OpenedInput open(FileContent file) throws IOException {
        InputStream raw = new BufferedInputStream(file.open(), BUFFER_BYTES);
        try {
            raw.mark(4);
            byte[] magic = raw.readNBytes(4);
            raw.reset();
            Compression compression = Compression.sniff(magic, magic.length);
            // No buffering above the decompressor: a buffered read that spans a cut would lose the bytes before it.
            InputStream decompressed = compression.decompress(raw);
            ByteArrayOutputStream head = new ByteArrayOutputStream(HEAD_BYTES);
            RejectedInputException damage = readHead(decompressed, head);
            if (damage != null && head.size() == 0) {
                throw damage;
            }
            InputStream rest = damage == null ? decompressed : failing(damage);
            return new OpenedInput(new SequenceInputStream(new ByteArrayInputStream(head.toByteArray()), rest),
                    head.toByteArray(), compression);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** Reads up to {@value #HEAD_BYTES} bytes; returns the damage that stopped it early, if any. */
    private static RejectedInputException readHead(InputStream in, ByteArrayOutputStream head) throws IOException {
        byte[] chunk = new byte[HEAD_BYTES];
        try {
            int n;
            while (head.size() < HEAD_BYTES && (n = in.read(chunk, 0, HEAD_BYTES - head.size())) >= 0) {
                head.write(chunk, 0, n);
            }
            return null;
        } catch (RejectedInputException damage) {
            return damage;
        }
    }

    private static InputStream failing(RejectedInputException damage) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                throw damage;
            }
        };
    }

    /** The decompressed content from its first byte. */
    InputStream stream() {
        return stream;
    }

    /** The first (up to {@value #HEAD_BYTES}) decompressed bytes. */
    byte[] head() {
        return head;
    }

    Compression compression() {
        return compression;
    }

    boolean isEmpty() {
        return head.length == 0;
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
