package id.kabar.ingest;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An input file opened for reading: decompressed, buffered, and with its first bytes already in hand for
 * sniffing the format. {@link #stream()} still starts at the first byte.
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

    static OpenedInput open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER_BYTES);
        try {
            raw.mark(4);
            byte[] magic = raw.readNBytes(4);
            raw.reset();
            Compression compression = Compression.sniff(magic, magic.length);
            InputStream decompressed = new BufferedInputStream(compression.decompress(raw), BUFFER_BYTES);
            decompressed.mark(HEAD_BYTES);
            byte[] head = decompressed.readNBytes(HEAD_BYTES);
            decompressed.reset();
            return new OpenedInput(decompressed, head, compression);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
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
