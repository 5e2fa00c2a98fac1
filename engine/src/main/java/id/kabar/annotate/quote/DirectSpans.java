package id.kabar.annotate.quote;

import java.util.Comparator;
import java.util.List;

/**
 * The direct quotes' spans sorted by start, with the furthest end reached so far, so that whether a place lies
 * inside a quote, or a stretch overlaps one, is a binary search rather than a scan of every quote: a page of
 * thousands of quotes asks this for every token.
 */
final class DirectSpans {
    private final int[] starts;
    private final int[] furthestEnds;

    DirectSpans(List<QuoteCandidate> direct) {
        List<QuoteCandidate> sorted = direct.stream().sorted(Comparator.comparingInt(QuoteCandidate::start)).toList();
        starts = new int[sorted.size()];
        furthestEnds = new int[sorted.size()];
        int furthest = Integer.MIN_VALUE;
        for (int i = 0; i < sorted.size(); i++) {
            starts[i] = sorted.get(i).start();
            furthest = Math.max(furthest, sorted.get(i).end());
            furthestEnds[i] = furthest;
        }
    }

    /** Whether a quote's span holds {@code position}. */
    boolean covers(int position) {
        int i = startingAtOrBefore(position) - 1;
        return i >= 0 && furthestEnds[i] > position;
    }

    /** Whether a quote's span shares a character with {@code [from, to)}. */
    boolean overlaps(int from, int to) {
        int i = startingAtOrBefore(to - 1) - 1;
        return i >= 0 && furthestEnds[i] > from;
    }

    /** Whether a quote starts at {@code from} or up to {@code to}, both inclusive. */
    boolean startsBetween(int from, int to) {
        int i = startingAtOrBefore(from - 1);
        return i < starts.length && starts[i] <= to;
    }

    /** How many quotes start at or before {@code position}. */
    private int startingAtOrBefore(int position) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
