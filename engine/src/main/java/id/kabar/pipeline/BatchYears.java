package id.kabar.pipeline;

import id.kabar.annotate.time.DateContext;
import id.kabar.model.Article;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the years of the dates a run's articles fix themselves (stated on the page, in its address or by its
 * container, or inferred from a year their own text writes), so the run's other undated articles can be read
 * in the years their batch covers: a batch of news is news of its time.
 */
final class BatchYears {
    /**
     * Least share of the dates a year must hold to be one the batch covers. In the IndoSum dev folds the
     * addresses state 2015 twice in 1,077 dates and 2016, 2017, 2018 169, 745 and 161 times: a year under one
     * date in twenty is a stray old page, not the batch's time.
     */
    private static final double MIN_SHARE = 0.05;

    private final Map<Integer, Integer> counts = new TreeMap<>();
    private int total;

    BatchYears() {
    }

    /** Counts again what {@link #counts} returned, for a run resumed after a kill. */
    BatchYears(Map<Integer, Integer> counts) {
        counts.forEach((year, dates) -> {
            this.counts.put(year, dates);
            total += dates;
        });
    }

    /** Year to how many dates fall in it. */
    Map<Integer, Integer> counts() {
        return Map.copyOf(counts);
    }

    /** Counts an article as it came out of its own analysis, before any context dated it. */
    void add(Article article) {
        add(article.published());
    }

    /** Counts a day some article of the batch (or of the store it grows) was published on; null counts nothing. */
    void add(LocalDate published) {
        if (published != null) {
            counts.merge(published.getYear(), 1, Integer::sum);
            total++;
        }
    }

    /** The span from the first to the last year the batch covers; {@link DateContext#NONE} when nothing is dated. */
    DateContext context() {
        Integer first = null;
        Integer last = null;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() >= MIN_SHARE * total) {
                first = first == null ? e.getKey() : first;
                last = e.getKey();
            }
        }
        return first == null ? DateContext.NONE : DateContext.years(first, last);
    }
}
