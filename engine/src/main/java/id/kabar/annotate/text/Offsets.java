package id.kabar.annotate.text;

import java.util.List;
import java.util.function.ToIntFunction;

/** Look-ups of things sorted by where they start in a body: tokens, mentions, places. */
public final class Offsets {

    private Offsets() {
    }

    /**
     * The index of the first item starting at {@code position} or later ({@code sorted.size()} if none), by binary
     * search: the annotators ask this for every cue and number of a body, so a scan would make them quadratic.
     */
    public static <T> int firstStartingAt(List<T> sorted, ToIntFunction<? super T> start, int position) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start.applyAsInt(sorted.get(mid)) < position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
