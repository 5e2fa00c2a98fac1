package id.kabar.annotate.entity;

import id.kabar.model.EntityType;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Span-level precision, recall and F1 of predicted tags against gold tags (conlleval rules), overall and per
 * entity type. Scores of several test sets add up with {@link #addAll}, as the folds of a cross-validation do.
 */
public final class SpanScore {
    private static final int TYPES = EntityType.values().length;

    /** Counts per type ordinal: true positives, false positives, false negatives. */
    private final long[] truePositives = new long[TYPES];
    private final long[] falsePositives = new long[TYPES];
    private final long[] falseNegatives = new long[TYPES];

    public void add(BioTag[] gold, BioTag[] predicted) {
        Set<Long> g = spans(gold);
        Set<Long> p = spans(predicted);
        for (Long s : p) {
            if (g.contains(s)) {
                truePositives[typeOf(s)]++;
            } else {
                falsePositives[typeOf(s)]++;
            }
        }
        for (Long s : g) {
            if (!p.contains(s)) {
                falseNegatives[typeOf(s)]++;
            }
        }
    }

    /** Adds the counts of another score to this one. */
    public void addAll(SpanScore other) {
        for (int t = 0; t < TYPES; t++) {
            truePositives[t] += other.truePositives[t];
            falsePositives[t] += other.falsePositives[t];
            falseNegatives[t] += other.falseNegatives[t];
        }
    }

    public double precision() {
        return ratio(sum(truePositives), sum(truePositives) + sum(falsePositives));
    }

    public double recall() {
        return ratio(sum(truePositives), sum(truePositives) + sum(falseNegatives));
    }

    public double f1() {
        return f1(precision(), recall());
    }

    /** F1 of the spans of one type. */
    public double f1(EntityType type) {
        int t = type.ordinal();
        return f1(ratio(truePositives[t], truePositives[t] + falsePositives[t]),
                ratio(truePositives[t], truePositives[t] + falseNegatives[t]));
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static long sum(long[] counts) {
        long s = 0;
        for (long c : counts) {
            s += c;
        }
        return s;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "f1=%.4f p=%.4f r=%.4f (PER %.4f, ORG %.4f, LOC %.4f)", f1(), precision(),
                recall(), f1(EntityType.PER), f1(EntityType.ORG), f1(EntityType.LOC));
    }

    private static int typeOf(long span) {
        return (int) (span & 0xFF);
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
