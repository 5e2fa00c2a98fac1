package id.kabar.annotate.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Groups of words that occur in similar company, learnt from unlabelled news text: words are described by the
 * frequent words just left and right of them and grouped by spherical k-means. A word the labelled data never
 * showed still shares a group with words it did ({@code Gomel} with other towns, {@code mengataan} with
 * {@code mengatakan}), which is what the tagger's group features carry over.
 */
final class WordClusters {
    private static final int CONTEXT_WORDS = 200;
    private static final int MIN_COUNT = 5;
    private static final int ITERATIONS = 10;

    private final Map<String, Short> clusters;

    WordClusters(Map<String, Short> clusters) {
        this.clusters = clusters;
    }

    static WordClusters empty() {
        return new WordClusters(Map.of());
    }

    /** The group of a lower-cased word, or -1 if it was too rare to place. */
    int of(String lower) {
        Short c = clusters.get(lower);
        return c == null ? -1 : c;
    }

    Map<String, Short> asMap() {
        return clusters;
    }

    /** Learns {@code k} groups from sentences of unlabelled text; deterministic for the same input. */
    static WordClusters learn(List<String[]> sentences, int k) {
        Map<String, Integer> counts = new HashMap<>();
        List<String[]> lowered = new ArrayList<>(sentences.size());
        for (String[] s : sentences) {
            String[] l = new String[s.length];
            for (int i = 0; i < s.length; i++) {
                l[i] = s[i].toLowerCase(Locale.ROOT);
                counts.merge(l[i], 1, Integer::sum);
            }
            lowered.add(l);
        }
        List<String> byFrequency = new ArrayList<>(counts.keySet());
        byFrequency.sort((a, b) -> counts.get(b).equals(counts.get(a)) ? a.compareTo(b) : counts.get(b) - counts.get(a));
        Map<String, Integer> context = new HashMap<>();
        for (int i = 0; i < Math.min(CONTEXT_WORDS, byFrequency.size()); i++) {
            context.put(byFrequency.get(i), i);
        }
        Map<String, Integer> vocabulary = new HashMap<>();
        List<String> words = new ArrayList<>();
        for (String w : byFrequency) {
            if (counts.get(w) >= MIN_COUNT) {
                vocabulary.put(w, words.size());
                words.add(w);
            }
        }
        int dims = 2 * CONTEXT_WORDS + 2;
        float[][] vectors = new float[words.size()][dims];
        for (String[] s : lowered) {
            for (int i = 0; i < s.length; i++) {
                Integer row = vocabulary.get(s[i]);
                if (row == null) {
                    continue;
                }
                Integer left = i > 0 ? context.get(s[i - 1]) : null;
                Integer right = i + 1 < s.length ? context.get(s[i + 1]) : null;
                vectors[row][left == null ? 2 * CONTEXT_WORDS : left]++;
                vectors[row][right == null ? 2 * CONTEXT_WORDS + 1 : CONTEXT_WORDS + right]++;
            }
        }
        for (float[] v : vectors) {
            for (int d = 0; d < dims; d++) {
                v[d] = (float) Math.log1p(v[d]);
            }
            normalise(v);
        }
        int[] assignment = kMeans(vectors, Math.min(k, Math.max(1, words.size())));
        Map<String, Short> out = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            out.put(words.get(i), (short) assignment[i]);
        }
        return new WordClusters(out);
    }

    /** Spherical k-means, started from words spread evenly over the frequency ranking. */
    private static int[] kMeans(float[][] vectors, int k) {
        int n = vectors.length;
        int dims = n == 0 ? 0 : vectors[0].length;
        float[][] centroids = new float[k][];
        for (int c = 0; c < k; c++) {
            centroids[c] = vectors[(int) ((long) c * n / k)].clone();
        }
        int[] assignment = new int[n];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            for (int i = 0; i < n; i++) {
                int best = 0;
                float bestScore = Float.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    float s = dot(vectors[i], centroids[c]);
                    if (s > bestScore) {
                        bestScore = s;
                        best = c;
                    }
                }
                assignment[i] = best;
            }
            float[][] sums = new float[k][dims];
            for (int i = 0; i < n; i++) {
                float[] sum = sums[assignment[i]];
                for (int d = 0; d < dims; d++) {
                    sum[d] += vectors[i][d];
                }
            }
            for (int c = 0; c < k; c++) {
                if (normalise(sums[c])) {
                    centroids[c] = sums[c];
                }
            }
        }
        return assignment;
    }

    private static float dot(float[] a, float[] b) {
        float s = 0;
        for (int d = 0; d < a.length; d++) {
            s += a[d] * b[d];
        }
        return s;
    }

    private static boolean normalise(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm == 0) {
            return false;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < v.length; d++) {
            v[d] *= scale;
        }
        return true;
    }

    @Override
    public String toString() {
        return clusters.size() + " words in " + new java.util.HashSet<>(clusters.values()).size() + " groups";
    }
}
