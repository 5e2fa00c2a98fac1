package id.kabar.annotate.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What unlabelled news text teaches about words, for the tagger's features: how each word is usually
 * capitalised ({@link CaseProfile}) and which words keep similar company ({@link WordClusters}, at two
 * granularities).
 */
public final class Lexicon {
    static final int FINE_GROUPS = 128;
    static final int COARSE_GROUPS = 24;
    /** What a word not in the lexicon packs to: unseen case, no groups. */
    static final int UNKNOWN = pack(CaseProfile.UNSEEN, -1, -1);

    private final CaseProfile profile;
    private final WordClusters fine;
    private final WordClusters coarse;
    /**
     * Case class and both groups of each word packed in one int, so tagging looks a word up once; held in an
     * open-addressed table of the words' hashes beside their facts (one long a slot) and the words, since a
     * HashMap's look-up (node, key, boxed value) was 4 % of a run's CPU samples, the tagger's largest after decoding.
     */
    private final long[] slots;
    private final String[] keys;

    public Lexicon(CaseProfile profile, WordClusters fine, WordClusters coarse) {
        this.profile = profile;
        this.fine = fine;
        this.coarse = coarse;
        Set<String> words = new HashSet<>(profile.classes().keySet());
        words.addAll(fine.asMap().keySet());
        words.addAll(coarse.asMap().keySet());
        int capacity = Integer.highestOneBit(Math.max(words.size(), 1) * 2 - 1) << 1;
        slots = new long[capacity];
        keys = new String[capacity];
        for (String w : words) {
            int slot = slotOf(w);
            keys[slot] = w;
            slots[slot] = (long) w.hashCode() << 32 | pack(profile.classOf(w), fine.of(w), coarse.of(w)) & 0xFFFFFFFFL;
        }
    }

    /** The slot that holds {@code word}, or the empty one where it would go (the table is at most half full). */
    private int slotOf(String word) {
        int hash = word.hashCode();
        int mask = keys.length - 1;
        for (int slot = (hash ^ hash >>> 16) & mask; ; slot = (slot + 1) & mask) {
            String key = keys[slot];
            if (key == null || (int) (slots[slot] >>> 32) == hash && key.equals(word)) {
                return slot;
            }
        }
    }

    CaseProfile profile() {
        return profile;
    }

    WordClusters fine() {
        return fine;
    }

    WordClusters coarse() {
        return coarse;
    }

    /** The packed facts of a lower-cased word; read them with {@link #caseClass}, {@link #fineGroup}, {@link #coarseGroup}. */
    int lookup(String lower) {
        int slot = slotOf(lower);
        return keys[slot] == null ? UNKNOWN : (int) slots[slot];
    }

    static int caseClass(int packed) {
        return packed & 0xFF;
    }

    static int fineGroup(int packed) {
        return ((packed >>> 8) & 0xFFF) - 1;
    }

    static int coarseGroup(int packed) {
        return (packed >>> 20) - 1;
    }

    private static int pack(int caseClass, int fine, int coarse) {
        return caseClass | (fine + 1) << 8 | (coarse + 1) << 20;
    }

    public static Lexicon empty() {
        return new Lexicon(CaseProfile.empty(), WordClusters.empty(), WordClusters.empty());
    }

    /** Learns from tokenised sentences of unlabelled text; the same text gives the same lexicon. */
    public static Lexicon learn(List<String[]> sentences) {
        CaseProfile.Counter counter = new CaseProfile.Counter();
        sentences.forEach(counter::addSentence);
        return new Lexicon(counter.build(), WordClusters.learn(sentences, FINE_GROUPS),
                WordClusters.learn(sentences, COARSE_GROUPS));
    }

    @Override
    public String toString() {
        return profile.classes().size() + " words profiled; fine groups: " + fine + "; coarse groups: " + coarse;
    }
}
