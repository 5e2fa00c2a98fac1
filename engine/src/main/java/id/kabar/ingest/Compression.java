package id.kabar.ingest;

import io.airlift.compress.zstd.ZstdInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** How an input file is compressed, told by its magic bytes (an extension can lie) and undone while streaming. */
enum Compression {
    NONE(""),
    GZIP("gzip"),
    ZSTD("zstd");

    private static final String[] COMPRESSED_EXTENSIONS = {".gz", ".gzip", ".zst", ".zstd"};

    private final String label;

    Compression(String label) {
        this.label = label;
    }

    /** The compression the first bytes of a file announce. */
    static Compression sniff(byte[] magic, int length) {
        if (length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
            return GZIP;
        }
        if (length >= 4 && (magic[0] & 0xff) == 0x28 && (magic[1] & 0xff) == 0xb5
                && (magic[2] & 0xff) == 0x2f && (magic[3] & 0xff) == 0xfd) {
            return ZSTD;
        }
        return NONE;
    }

    /** The name with a compression extension taken off, so {@code a.warc.gz} reads as {@code a.warc}. */
    static String withoutCompressionExtension(String lowerCaseName) {
        for (String extension : COMPRESSED_EXTENSIONS) {
            if (lowerCaseName.endsWith(extension)) {
                return lowerCaseName.substring(0, lowerCaseName.length() - extension.length());
            }
        }
        return lowerCaseName;
    }

    /**
     * The decompressed stream. Damage found while reading (a cut-off or corrupt stream) surfaces as a
     * {@link RejectedInputException} whose message names it, e.g. {@code truncated gzip}.
     */
    InputStream decompress(InputStream raw) throws IOException {
        try {
            return switch (this) {
                case NONE -> raw;
                case GZIP -> new DamageReportingStream(this, new GZIPInputStream(raw, 64 * 1024));
                case ZSTD -> new DamageReportingStream(this, new ZstdInputStream(raw));
            };
        } catch (IOException | RuntimeException e) {
            // The gzip header is read on construction, so a file cut inside it fails here.
            throw damage(e);
        }
    }

    /** What a decompressor's failure means, in the words of a rejection. */
    RejectedInputException damage(Exception failure) {
        boolean truncated = failure instanceof EOFException
                || (this == ZSTD && failure instanceof IOException
                    && String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT).contains("not enough input"));
        if (truncated) {
            return new RejectedInputException("truncated " + label, failure);
        }
        return new RejectedInputException("corrupt " + label + ": " + failure.getMessage(), failure);
    }
}
