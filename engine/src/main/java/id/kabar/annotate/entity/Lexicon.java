package id.kabar.annotate.entity;

import java.util.List;

/**
 * What unlabelled news text teaches about words, for the tagger's features: how each word is usually
 * capitalised ({@link CaseProfile}) and which words keep similar company ({@link WordClusters}, at two
 * granularities).
 */
public record Lexicon(CaseProfile profile, WordClusters fine, WordClusters coarse) {
    static final int FINE_GROUPS = 128;
    static final int COARSE_GROUPS = 24;

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
