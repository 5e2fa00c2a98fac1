package id.kabar.link;

import java.util.Arrays;

/**
 * What a story is about as a whole: the summed weights of its members' stems and entity keys, cut to
 * the heaviest few so that a story of ten thousand articles costs no more to compare than one of ten.
 * A story is compared with what would join it through this profile rather than through any one
 * member, so a single article that happens to resemble a member cannot bridge two unrelated threads.
 *
 * @param articles       how many articles the story holds
 * @param terms          vocabulary ids of the heaviest stems, ascending
 * @param termWeights    their summed weights, parallel to {@code terms}
 * @param entities       vocabulary ids of the heaviest entity keys, ascending
 * @param entityWeights  their summed weights, parallel to {@code entities}
 */
record StoryProfile(int articles, int[] terms, float[] termWeights, int[] entities, float[] entityWeights) {
    /** Stems kept per story: a little more than one article's, so a thread's side topics survive. */
    static final int MAX_TERMS = 64;
    static final int MAX_ENTITIES = 32;

    /** A one-article story shares the article's arrays; neither is ever written to. */
    static StoryProfile of(ArticleProfile p) {
        return new StoryProfile(1, p.terms(), p.termWeights(), p.entities(), p.entityWeights());
    }

    StoryProfile merge(StoryProfile other) {
        Weights t = Weights.merge(terms, termWeights, other.terms, other.termWeights, MAX_TERMS);
        Weights e = Weights.merge(entities, entityWeights, other.entities, other.entityWeights, MAX_ENTITIES);
        return new StoryProfile(articles + other.articles, t.ids, t.weights, e.ids, e.weights);
    }

    /** How alike two stories are, on the same scale as {@link StoryThreader#evidence(PairFeatures)}. */
    double resemblance(StoryProfile other, DocumentFrequencies df) {
        return StoryThreader.evidence(
                df.cosine(terms, termWeights, df.norm(terms, termWeights), other.terms, other.termWeights),
                df.cosine(entities, entityWeights, df.norm(entities, entityWeights), other.entities, other.entityWeights));
    }

    /** Sparse weight vectors sorted by id. */
    private record Weights(int[] ids, float[] weights) {
        static Weights merge(int[] ai, float[] aw, int[] bi, float[] bw, int keep) {
            int[] ids = new int[ai.length + bi.length];
            float[] w = new float[ids.length];
            int n = 0;
            int i = 0;
            int j = 0;
            while (i < ai.length || j < bi.length) {
                if (j == bi.length || i < ai.length && ai[i] < bi[j]) {
                    ids[n] = ai[i];
                    w[n++] = aw[i++];
                } else if (i == ai.length || bi[j] < ai[i]) {
                    ids[n] = bi[j];
                    w[n++] = bw[j++];
                } else {
                    ids[n] = ai[i];
                    w[n++] = aw[i++] + bw[j++];
                }
            }
            return n <= keep ? new Weights(Arrays.copyOf(ids, n), Arrays.copyOf(w, n)) : heaviest(ids, w, n, keep);
        }

        /** The {@code keep} heaviest entries (lower id first on ties), back in id order. */
        private static Weights heaviest(int[] ids, float[] w, int n, int keep) {
            // Each entry packed as (weight descending, position): positions follow ids, so one primitive
            // sort puts the heaviest first and the lower id first on ties.
            long[] order = new long[n];
            for (int k = 0; k < n; k++) {
                order[k] = ((long) descending(w[k]) << 32) | k;
            }
            Arrays.sort(order);
            int[] kept = new int[keep];
            for (int k = 0; k < keep; k++) {
                kept[k] = (int) order[k];
            }
            Arrays.sort(kept);
            int[] outIds = new int[keep];
            float[] outWeights = new float[keep];
            for (int k = 0; k < keep; k++) {
                outIds[k] = ids[kept[k]];
                outWeights[k] = w[kept[k]];
            }
            return new Weights(outIds, outWeights);
        }

        /**
         * An int whose signed order is the reverse of {@link Float#compare}: the bits of a float order
         * like the float when it is positive, and backwards when it is negative.
         */
        private static int descending(float weight) {
            int bits = Float.floatToIntBits(weight);
            return ~(bits ^ ((bits >> 31) & 0x7FFFFFFF));
        }
    }
}
