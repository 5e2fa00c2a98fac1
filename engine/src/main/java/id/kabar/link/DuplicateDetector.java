package id.kabar.link;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

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
    /**
     * Postings read per band, newest first: a band key busier than this is a phrase many texts share
     * (a standing formula, a stock paragraph), and a copy of a text meets it in many other bands too.
     */
    static final int POSTINGS_PER_BAND = 16;
    /**
     * Articles compared per arrival, those meeting it in the most bands first (newest first on ties), not
     * counting articles already in a found copy's group. The bands a pair shares grow as the square of
     * its Jaccard, so a copy ranks above texts that merely share sentences: on the CLICK-ID week (9,773
     * articles, at most 21 met by one look-up), of the 395 copies found with the comparisons unbounded
     * 380 were the first compared and none came after the fourth, so there the bound changes nothing. In
     * a store of a million articles made from IndoSum's sentences a look-up meets some 200, and would
     * compare them all. Each copy found after the first costs one comparison more ({@link #sameText}), so a
     * look-up compares at most twice this many.
     */
    static final int COPIES_COMPARED = 24;

    private final PostingTable bands;
    private final SignatureStore signatures;
    private final IntFunction<ArticleProfile> profiles;
    private final IntUnaryOperator copyGroup;
    private final LinkWork.Counter work;

    /**
     * @param profiles  the stored profiles by article number
     * @param copyGroup the group of copies an article belongs to, as the number of the member standing for it:
     *                  a copy of one member is a copy of all, so once one is found the others need no comparing
     */
    DuplicateDetector(IntFunction<ArticleProfile> profiles, IntUnaryOperator copyGroup, LinkWork.Counter work) {
        this(profiles, copyGroup, work, null);
    }

    /** The same, its bands and signatures moving into the linker's files as they grow (null: the heap). */
    DuplicateDetector(IntFunction<ArticleProfile> profiles, IntUnaryOperator copyGroup, LinkWork.Counter work,
                      LinkerFiles files) {
        this.bands = new PostingTable(files, "bands");
        this.signatures = new SignatureStore(files);
        this.profiles = profiles;
        this.copyGroup = copyGroup;
        this.work = work;
    }

    /**
     * Earlier articles whose bodies are copies of this one's, as article numbers: at most one per group
     * of copies already joined.
     */
    int[] copiesOf(ArticleProfile p) {
        byte[] signature = p.signature();
        if (signature == null) {
            return new int[0];
        }
        int[] met = new int[BANDS * POSTINGS_PER_BAND];
        int count = 0;
        for (int b = 0; b < BANDS; b++) {
            count += bands.read(bandKey(signature, b), POSTINGS_PER_BAND, met, count);
        }
        long[] ranked = byBandsShared(met, count);
        int[] copies = new int[Math.min(ranked.length, COPIES_COMPARED)];
        int[] groups = new int[copies.length];
        int found = 0;
        int compared = 0;
        for (int i = 0; i < ranked.length && compared < COPIES_COMPARED; i++) {
            int other = Integer.MAX_VALUE - (int) ranked[i];
            int group = copyGroup.applyAsInt(other);
            if (contains(groups, found, group)) {
                continue;
            }
            compared++;
            if (CopyDecision.copies(p, profiles.apply(other), signatures.similarity(signature, other))
                    && (found == 0 || sameText(groups[0], group))) {
                groups[found] = group;
                copies[found++] = other;
            }
        }
        work.signaturesCompared += compared;
        return Arrays.copyOf(copies, found);
    }

    /**
     * Whether two groups of copies that one arriving text copies hold the same text: the articles standing for
     * them are copies of each other. A text that copies two texts which are not copies of each other (a
     * re-post of one report that takes over part of another's rewrite of it) joins the first group only:
     * otherwise it bridges the two and every member of one becomes a copy of every member of the other. On the
     * CLICK-ID tune labels (10-16 Sep 2019) this kept tribunnews.com's own rewrite of Kompas.com's report that
     * the news of Habibie's death was a hoax apart from Kompas.com's report and its copy, which a third
     * tribunnews.com text copying both had joined: copies pair F1 0.756 to 0.791 (precision 0.71 to 0.77).
     */
    private boolean sameText(int group, int other) {
        ArticleProfile first = profiles.apply(group);
        work.signaturesCompared++;
        return CopyDecision.copies(first, profiles.apply(other), signatures.similarity(first.signature(), other));
    }

    /**
     * The articles met, each once, packed as (bands not shared, newest first): one primitive sort ranks
     * the most shared first.
     */
    private static long[] byBandsShared(int[] met, int count) {
        Arrays.sort(met, 0, count);
        long[] ranked = new long[count];
        int runs = 0;
        for (int i = 0; i < count; ) {
            int j = i;
            while (j < count && met[j] == met[i]) {
                j++;
            }
            ranked[runs++] = ((long) (BANDS - (j - i)) << 32) | (Integer.MAX_VALUE - met[i]);
            i = j;
        }
        Arrays.sort(ranked, 0, runs);
        return Arrays.copyOf(ranked, runs);
    }

    private static boolean contains(int[] values, int n, int value) {
        for (int i = 0; i < n; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
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
        addBands(p);
    }

    /**
     * Takes in a restored profile: its bands only when the saved segment holds its signature ({@link #sealSignatures}),
     * else as {@link #add} does.
     */
    void restore(ArticleProfile p) {
        if (!signatures.isSealed(p.seq())) {
            add(p);
        } else if (p.signature() != null) {
            addBands(p);
        }
    }

    private void addBands(ArticleProfile p) {
        for (int b = 0; b < BANDS; b++) {
            bands.add(bandKey(p.signature(), b), p.seq());
        }
    }

    /**
     * Reads the signatures of the first {@code articles} from their saved segment ({@link SignatureStore#sealed}),
     * and makes room in the bands for theirs at once, rather than doubling the table as they come in.
     */
    void sealSignatures(FileChannel segment, int articles) throws IOException {
        signatures.sealed(segment, articles);
        bands.reserve((long) articles * BANDS);
    }

    /** The signatures of articles {@code from} to {@code to}, for a checkpoint to append ({@link SignatureStore#saved}). */
    byte[] savedSignatures(int from, int to) {
        return signatures.saved(from, to);
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
