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
    /**
     * {@code log(count + 1)} per id, kept beside the counts so scoring a pair takes no logarithms, and
     * -1 until counted: scoring reads this array alone, one memory access per id.
     */
    private double[] logCounts = new double[0];
    private int documents;
    private double logDocuments;

    DocumentFrequencies(Vocabulary vocabulary, BackgroundFrequencies background) {
        this.vocabulary = vocabulary;
        this.background = background;
        this.documents = background.documents();
        this.logDocuments = Math.log(documents + 1.0);
    }

    void add(ArticleProfile p) {
        documents++;
        logDocuments = Math.log(documents + 1.0);
        count(p.terms());
        count(p.entities());
    }

    private void count(int[] ids) {
        for (int id : ids) {
            ensure(id);
            counts[id]++;
            logCounts[id] = Math.log(counts[id] + 1.0);
        }
    }

    private void ensure(int id) {
        if (id >= counts.length) {
            int old = counts.length;
            counts = Arrays.copyOf(counts, Math.max(id + 1, old * 2));
            logCounts = Arrays.copyOf(logCounts, counts.length);
            Arrays.fill(counts, old, counts.length, -1);
            Arrays.fill(logCounts, old, logCounts.length, -1);
        }
        if (counts[id] < 0) {
            counts[id] = background.frequency(vocabulary.word(id));
            logCounts[id] = Math.log(counts[id] + 1.0);
        }
    }

    /** Smoothed inverse document frequency: a word in every article still weighs a little. */
    double idf(int id) {
        double logDf = id < logCounts.length ? logCounts[id] : 0;
        return logDocuments - Math.max(0, logDf) + 1.0;
    }

    /** Length of a weighted vector of sorted ids, each weight scaled by its IDF. */
    double norm(int[] ids, float[] weights) {
        double s = 0;
        for (int k = 0; k < ids.length; k++) {
            double x = weights[k] * idf(ids[k]);
            s += x * x;
        }
        return Math.sqrt(s);
    }

    /** IDF-weighted cosine of two vectors of sorted ids; {@code aNorm} is the first one's {@link #norm}. */
    double cosine(int[] ai, float[] aw, double aNorm, int[] bi, float[] bw) {
        double dot = dot(ai, aw, bi, bw);
        return dot == 0 ? 0 : quotient(dot, aNorm * norm(bi, bw));
    }

    /** The same with both vectors' {@link #norm}s given, for vectors each compared with many. */
    double cosine(int[] ai, float[] aw, double aNorm, int[] bi, float[] bw, double bNorm) {
        double dot = dot(ai, aw, bi, bw);
        return dot == 0 ? 0 : quotient(dot, aNorm * bNorm);
    }

    private static double quotient(double dot, double norm) {
        return norm == 0 ? 0 : dot / norm;
    }

    /** The IDF-weighted dot product of two vectors of sorted ids. */
    private double dot(int[] ai, float[] aw, int[] bi, float[] bw) {
        double dot = 0;
        // the merge steps without branching on which side is less, as QuoteGrouper.intersection does: which is
        // less is a coin toss the processor cannot predict, while most ids met are not shared
        for (int i = 0, j = 0; i < ai.length && j < bi.length; ) {
            int a = ai[i];
            int b = bi[j];
            if (a == b) {
                double idf = idf(a);
                dot += aw[i] * bw[j] * idf * idf;
            }
            i += a <= b ? 1 : 0;
            j += a >= b ? 1 : 0;
        }
        return dot;
    }
}
