package id.kabar.annotate.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    /** Case class and both groups of each word packed in one int, so tagging looks a word up once. */
    private final Map<String, Integer> packed = new HashMap<>();

    public Lexicon(CaseProfile profile, WordClusters fine, WordClusters coarse) {
        this.profile = profile;
        this.fine = fine;
        this.coarse = coarse;
        Set<String> words = new HashSet<>(profile.classes().keySet());
        words.addAll(fine.asMap().keySet());
        words.addAll(coarse.asMap().keySet());
        for (String w : words) {
            packed.put(w, pack(profile.classOf(w), fine.of(w), coarse.of(w)));
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
        Integer p = packed.get(lower);
        return p == null ? UNKNOWN : p;
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
