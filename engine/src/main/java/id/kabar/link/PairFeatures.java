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
 * @param sameOutlet     whether one outlet published both (false when either outlet is unknown)
 */
record PairFeatures(double termCosine, double entityOverlap, int sharedQuotes, int dayGap, boolean sameOutlet) {

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
            this.termNorm = df.norm(a.terms(), a.termWeights());
            this.entityNorm = df.norm(a.entities(), a.entityWeights());
        }

        PairFeatures with(ArticleProfile b) {
            return new PairFeatures(
                    df.cosine(a.terms(), a.termWeights(), termNorm, b.terms(), b.termWeights()),
                    df.cosine(a.entities(), a.entityWeights(), entityNorm, b.entities(), b.entityWeights()),
                    sharedQuotes(a, b),
                    dayGap(a.referenceDay(), b.referenceDay()),
                    a.outlet() != null && a.outlet().equals(b.outlet()));
        }
    }

    boolean dated() {
        return dayGap >= 0;
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
