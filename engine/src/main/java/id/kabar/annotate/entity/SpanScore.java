package id.kabar.annotate.entity;

import java.util.HashSet;
import java.util.Set;

/** Span-level precision, recall and F1 of predicted tags against gold tags (conlleval rules). */
public final class SpanScore {
    private long truePositives;
    private long falsePositives;
    private long falseNegatives;

    public void add(BioTag[] gold, BioTag[] predicted) {
        Set<Long> g = spans(gold);
        Set<Long> p = spans(predicted);
        for (Long s : p) {
            if (g.contains(s)) {
                truePositives++;
            } else {
                falsePositives++;
            }
        }
        for (Long s : g) {
            if (!p.contains(s)) {
                falseNegatives++;
            }
        }
    }

    public double precision() {
        return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
        return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "p=%.4f r=%.4f f1=%.4f", precision(), recall(), f1());
    }

    /** Spans as (start, end, type) packed in a long; an I- tag that does not continue a span starts one. */
    private static Set<Long> spans(BioTag[] tags) {
        Set<Long> out = new HashSet<>();
        int start = -1;
        for (int i = 0; i <= tags.length; i++) {
            BioTag t = i < tags.length ? tags[i] : BioTag.O;
            boolean continues = start >= 0 && t.isInside() && t.type() == tags[start].type();
            if (continues) {
                continue;
            }
            if (start >= 0) {
                out.add(((long) start << 32) | ((long) i << 8) | tags[start].type().ordinal());
            }
            start = t.type() != null ? i : -1;
        }
        return out;
    }
}
