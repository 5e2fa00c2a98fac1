package id.kabar.link;

import java.util.Arrays;

/**
 * How many articles carry each stem or entity key, kept up to date as articles arrive, on top of
 * the general news background (see {@link BackgroundFrequencies}).
 */
final class DocumentFrequencies {
    private final Vocabulary vocabulary;
    private final BackgroundFrequencies background;
    /** Background plus corpus count per vocabulary id; -1 until the id is first counted. */
    private int[] counts = new int[0];
    private int documents;

    DocumentFrequencies(Vocabulary vocabulary, BackgroundFrequencies background) {
        this.vocabulary = vocabulary;
        this.background = background;
        this.documents = background.documents();
    }

    void add(ArticleProfile p) {
        documents++;
        count(p.terms());
        count(p.entities());
    }

    private void count(int[] ids) {
        for (int id : ids) {
            ensure(id);
            counts[id]++;
        }
    }

    private void ensure(int id) {
        if (id >= counts.length) {
            int old = counts.length;
            counts = Arrays.copyOf(counts, Math.max(id + 1, old * 2));
            Arrays.fill(counts, old, counts.length, -1);
        }
        if (counts[id] < 0) {
            counts[id] = background.frequency(vocabulary.word(id));
        }
    }

    /** Smoothed inverse document frequency: a word in every article still weighs a little. */
    double idf(int id) {
        int df = id < counts.length && counts[id] >= 0 ? counts[id] : 0;
        return Math.log((documents + 1.0) / (df + 1.0)) + 1.0;
    }
}
