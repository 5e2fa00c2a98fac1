package id.kabar.link;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How much two articles have in common, the evidence for putting them in one event or story.
 *
 * @param termCosine     cosine of their TF-IDF stem vectors
 * @param entityOverlap  cosine of their entity keys, each weighted by its type and IDF
 * @param sharedQuotes   how many statements both report (same speaker, near-identical words)
 * @param dayGap         days between the days they report on, or -1 when either is undated
 */
record PairFeatures(double termCosine, double entityOverlap, int sharedQuotes, int dayGap) {

    static PairFeatures of(ArticleProfile a, ArticleProfile b, DocumentFrequencies df) {
        return new Comparer(a, df).with(b);
    }

    /** Compares one article with many others, weighing its own vectors once. */
    static final class Comparer {
        private final ArticleProfile a;
        private final DocumentFrequencies df;
        private final double termNorm;
        private final double entityNorm;

        Comparer(ArticleProfile a, DocumentFrequencies df) {
            this.a = a;
            this.df = df;
            this.termNorm = norm(a.terms(), a.termWeights(), df);
            this.entityNorm = norm(a.entities(), a.entityWeights(), df);
        }

        PairFeatures with(ArticleProfile b) {
            return new PairFeatures(
                    cosine(a.terms(), a.termWeights(), termNorm, b.terms(), b.termWeights(), df),
                    cosine(a.entities(), a.entityWeights(), entityNorm, b.entities(), b.entityWeights(), df),
                    sharedQuotes(a, b),
                    dayGap(a.referenceDay(), b.referenceDay()));
        }
    }

    boolean dated() {
        return dayGap >= 0;
    }

    private static double cosine(int[] ai, float[] aw, double aNorm, int[] bi, float[] bw, DocumentFrequencies df) {
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < ai.length && j < bi.length) {
            if (ai[i] == bi[j]) {
                double idf = df.idf(ai[i]);
                dot += aw[i] * bw[j] * idf * idf;
                i++;
                j++;
            } else if (ai[i] < bi[j]) {
                i++;
            } else {
                j++;
            }
        }
        if (dot == 0) {
            return 0;
        }
        double norm = aNorm * norm(bi, bw, df);
        return norm == 0 ? 0 : dot / norm;
    }

    private static double norm(int[] ids, float[] w, DocumentFrequencies df) {
        double s = 0;
        for (int i = 0; i < ids.length; i++) {
            double x = w[i] * df.idf(ids[i]);
            s += x * x;
        }
        return Math.sqrt(s);
    }

    private static int sharedQuotes(ArticleProfile a, ArticleProfile b) {
        int n = 0;
        for (ArticleProfile.QuoteForm qa : a.quotes()) {
            for (ArticleProfile.QuoteForm qb : b.quotes()) {
                if (QuoteGrouper.sameStatement(qa, qb)) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    private static int dayGap(LocalDate a, LocalDate b) {
        return a == null || b == null ? -1 : (int) Math.abs(ChronoUnit.DAYS.between(a, b));
    }
}
