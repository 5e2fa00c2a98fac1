package id.kabar.link;

import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * Finds earlier copies of an article (syndication, re-posts, re-scrapes, light edits) by MinHash over
 * word shingles, with LSH banding: only articles sharing a whole band of the signature are compared,
 * so the cost of a look-up does not grow with the number of articles stored. Whether a pair met is a
 * copy is for {@link CopyDecision} to say.
 */
final class DuplicateDetector {
    /**
     * 64 bands of 2 components: a condensed copy can share as little as Jaccard 0.2 with its original (a
     * third of its length, 70% contained), and such a pair meets in some band 93% of the time
     * (1 - (1 - J^2)^64), against 73% with the 32 bands of 64 components; a pair at Jaccard 0.3 meets
     * 99.8% of the time.
     */
    static final int ROWS = 2;
    static final int BANDS = SignatureStore.COMPONENTS / ROWS;
    /** Copies seen per band: one found copy is enough, since copies of copies are joined anyway. */
    static final int COPIES_SCANNED = 16;

    private final PostingTable bands = new PostingTable();
    private final SignatureStore signatures = new SignatureStore();
    private final IntFunction<ArticleProfile> profiles;
    private final LinkWork.Counter work;

    DuplicateDetector(IntFunction<ArticleProfile> profiles, LinkWork.Counter work) {
        this.profiles = profiles;
        this.work = work;
    }

    /** Earlier articles whose bodies are copies of this one's, as article numbers, ascending. */
    int[] copiesOf(ArticleProfile p) {
        byte[] signature = p.signature();
        if (signature == null) {
            return new int[0];
        }
        // Articles met in the bands, sorted so that each is compared once however many bands it shares.
        int[] met = new int[BANDS * COPIES_SCANNED];
        int count = 0;
        for (int b = 0; b < BANDS; b++) {
            count += bands.read(bandKey(signature, b), COPIES_SCANNED, met, count);
        }
        Arrays.sort(met, 0, count);
        int[] copies = new int[count];
        int found = 0;
        for (int i = 0; i < count; i++) {
            int other = met[i];
            if (i > 0 && other == met[i - 1]) {
                continue;
            }
            work.signaturesCompared++;
            if (CopyDecision.copies(p, profiles.apply(other), signatures.similarity(signature, other))) {
                copies[found++] = other;
            }
        }
        return Arrays.copyOf(copies, found);
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
        signatures.put(p.seq(), p.signature());
        for (int b = 0; b < BANDS; b++) {
            bands.add(bandKey(p.signature(), b), p.seq());
        }
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
