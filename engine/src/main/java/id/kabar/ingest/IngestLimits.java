package id.kabar.ingest;

import java.util.Locale;

/**
 * Caps on what one input may cost, so a hostile or mistaken file cannot exhaust memory.
 *
 * @param maxPageBytes largest page (decoded bytes of one article: a file, a JSONL line, a WARC payload)
 * @param maxFeedBytes largest RSS/Atom feed, which is parsed as a whole document
 */
public record IngestLimits(int maxPageBytes, int maxFeedBytes) {
    private static final int MB = 1_000_000;

    /**
     * A news page is rarely above 2 MB; 16 MB leaves room for inlined scripts and styles. A feed of a hundred
     * full-text items stays under 5 MB; its cap is kept low because the parsed document costs several times that.
     */
    public static final IngestLimits DEFAULT = new IngestLimits(16 * MB, 32 * MB);

    public IngestLimits {
        if (maxPageBytes <= 0 || maxFeedBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** A byte count as people read it in a rejection reason: {@code 52.4 MB}, {@code 16 MB}, {@code 900 bytes}. */
    static String describeSize(long bytes) {
        if (bytes < MB / 10) {
            return bytes + " bytes";
        }
        String megabytes = String.format(Locale.ROOT, "%.1f", bytes / (double) MB);
        return (megabytes.endsWith(".0") ? megabytes.substring(0, megabytes.length() - 2) : megabytes) + " MB";
    }
}
