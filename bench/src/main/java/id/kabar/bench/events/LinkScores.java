package id.kabar.bench.events;

import id.kabar.model.ArticleLinks;
import id.kabar.model.LinkedCorpus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How a linked corpus agrees with read pairs: pairwise on the pairs themselves, and B-cubed over the
 * articles that appear in them, the gold groups being the connected components of the positive pairs.
 */
public final class LinkScores {
    private LinkScores() {
    }

    /** Precision, recall and F1, with the pair counts they come from (zero for B-cubed, which averages over articles). */
    public record Figures(double precision, double recall, double f1, int truePositives, int falsePositives,
                          int falseNegatives) {
        static Figures of(double precision, double recall, int tp, int fp, int fn) {
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            return new Figures(precision, recall, f1, tp, fp, fn);
        }
    }

    /** One grouping judged against the pairs: which positive pairs it joins, which negative ones it merges. */
    public record Grouping(Figures pairwise, Figures bcubed, List<LabelledPair> falseMerges, List<LabelledPair> misses) {
    }

    /**
     * Judges the grouping {@code groupOf} (article id to group key) against the pairs whose label
     * {@code positive} accepts.
     */
    public static Grouping judge(List<LabelledPair> pairs, Predicate<PairLabel> positive, Function<String, String> groupOf) {
        int tp = 0;
        List<LabelledPair> falseMerges = new ArrayList<>();
        List<LabelledPair> misses = new ArrayList<>();
        for (LabelledPair p : pairs) {
            boolean gold = positive.test(p.label());
            boolean joined = groupOf.apply(p.first()).equals(groupOf.apply(p.second()));
            if (gold && joined) {
                tp++;
            } else if (gold) {
                misses.add(p);
            } else if (joined) {
                falseMerges.add(p);
            }
        }
        Figures pairwise = Figures.of(ratio(tp, tp + falseMerges.size()), ratio(tp, tp + misses.size()), tp,
                falseMerges.size(), misses.size());
        return new Grouping(pairwise, bcubed(pairs, positive, groupOf), falseMerges, misses);
    }

    private static Figures bcubed(List<LabelledPair> pairs, Predicate<PairLabel> positive, Function<String, String> groupOf) {
        Map<String, String> parent = new HashMap<>();
        Set<String> articles = new LinkedHashSet<>();
        for (LabelledPair p : pairs) {
            articles.add(p.first());
            articles.add(p.second());
            String a = root(parent, p.first());
            String b = root(parent, p.second());
            if (positive.test(p.label()) && !a.equals(b)) {
                parent.put(a, b);
            }
        }
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> predictedSize = new HashMap<>();
        Map<String, Integer> bothSize = new HashMap<>();
        for (String a : articles) {
            String gold = root(parent, a);
            String predicted = groupOf.apply(a);
            goldSize.merge(gold, 1, Integer::sum);
            predictedSize.merge(predicted, 1, Integer::sum);
            bothSize.merge(gold + "\u0000" + predicted, 1, Integer::sum);
        }
        double precision = 0;
        double recall = 0;
        for (String a : articles) {
            String gold = root(parent, a);
            String predicted = groupOf.apply(a);
            double both = bothSize.get(gold + "\u0000" + predicted);
            precision += both / predictedSize.get(predicted);
            recall += both / goldSize.get(gold);
        }
        int n = articles.size();
        return Figures.of(n == 0 ? 0 : precision / n, n == 0 ? 0 : recall / n, 0, 0, 0);
    }

    private static String root(Map<String, String> parent, String a) {
        String r = a;
        while (parent.containsKey(r)) {
            r = parent.get(r);
        }
        return r;
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** The first copy an article duplicates, or the article itself: copies share it. */
    public static String copyRoot(LinkedCorpus corpus, String id) {
        ArticleLinks l = corpus.links().get(id);
        return l == null || l.duplicateOf() == null ? id : l.duplicateOf();
    }
}
