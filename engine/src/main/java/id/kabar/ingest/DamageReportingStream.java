package id.kabar.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Wraps a decompressor so that its failures, which arrive as assorted I/O and runtime exceptions, become one
 * {@link RejectedInputException} naming the damage.
 */
final class DamageReportingStream extends FilterInputStream {
    private final Compression compression;

    DamageReportingStream(Compression compression, InputStream decompressor) {
        super(decompressor);
        this.compression = compression;
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (IOException | RuntimeException e) {
            throw compression.damage(e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            return super.read(buffer, offset, length);
        } catch (IOException | RuntimeException e) {
            throw compression.damage(e);
        }
    }
}
