package id.kabar.bench.measure;

/** Percentiles of a sorted sample, all benchmarks reading the same rank for the same percent. */
public final class Percentile {
    private Percentile() {
    }

    /** The zero-based rank of the {@code percent}th percentile of {@code n} sorted values: floor(n * percent / 100), at most n - 1. */
    public static int rank(int n, int percent) {
        if (n <= 0) {
            throw new IllegalArgumentException("no values to take a percentile of");
        }
        return Math.min(n - 1, (int) ((long) n * percent / 100));
    }
}
