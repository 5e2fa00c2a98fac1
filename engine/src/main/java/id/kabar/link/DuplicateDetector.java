package id.kabar.link;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Finds earlier copies of an article (syndication, re-posts, re-scrapes, light edits) by MinHash over
 * word shingles, with LSH banding: only articles sharing a whole band of the signature are compared,
 * so the cost of a look-up does not grow with the number of articles stored.
 */
final class DuplicateDetector {
    /**
     * Estimated three-word-shingle Jaccard from which two bodies count as copies. Measured on 2,146
     * IndoSum articles ({@code kabar bench linking --duplicates}): light edits (re-scrape with page
     * furniture, 5% of words changed, sentences dropped, reworded and framed) never fall below 0.51;
     * different writers on the same news reach at most 0.26 (95% below 0.10). The threshold sits between.
     */
    static final double COPY_SIMILARITY = 0.4;
    /** 64 components in 32 bands of 2: a pair at the threshold meets in some band 99.6% of the time. */
    static final int ROWS = 2;
    static final int BANDS = 32;
    /** Copies seen per band: one found copy is enough, since copies of copies are joined anyway. */
    static final int COPIES_SCANNED = 16;

    private final PostingTable bands = new PostingTable();
    private final IntFunction<ArticleProfile> profiles;

    DuplicateDetector(IntFunction<ArticleProfile> profiles) {
        this.profiles = profiles;
    }

    /** Earlier articles whose bodies are copies of this one's. */
    List<Integer> copiesOf(ArticleProfile p) {
        List<Integer> copies = new ArrayList<>();
        if (p.signature() == null) {
            return copies;
        }
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int b = 0; b < BANDS; b++) {
            bands.forEach(bandKey(p.signature(), b), COPIES_SCANNED, other -> {
                if (seen.add(other) && similarity(p.signature(), profiles.apply(other).signature()) >= COPY_SIMILARITY) {
                    copies.add(other);
                }
            });
        }
        copies.sort(null);
        return copies;
    }

    /**
     * Whether a copy was posted while the original's news ran (within a story's window, or either
     * undated), and so reports the same event. A text re-posted months later, or a stock paragraph
     * reused by a later report, is still marked a copy but does not pull the later news into the
     * earlier event: otherwise copies chain events years apart.
     */
    static boolean postedTogether(ArticleProfile a, ArticleProfile b) {
        return a.published() == null || b.published() == null
                || Math.abs(a.published().toEpochDay() - b.published().toEpochDay()) <= StoryThreader.WINDOW_DAYS;
    }

    void add(ArticleProfile p) {
        if (p.signature() == null) {
            return;
        }
        for (int b = 0; b < BANDS; b++) {
            bands.add(bandKey(p.signature(), b), p.seq());
        }
    }

    static double similarity(byte[] a, byte[] b) {
        return ArticleProfiler.MINHASH.getFractionOfEqualComponents(a, b);
    }

    private static long bandKey(byte[] signature, int band) {
        long h = band * 0x9E3779B97F4A7C15L;
        for (int r = 0; r < ROWS; r++) {
            h = (h ^ ArticleProfiler.MINHASH.getComponent(signature, band * ROWS + r)) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        return h;
    }
}
