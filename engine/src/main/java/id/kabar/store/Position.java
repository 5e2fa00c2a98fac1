package id.kabar.store;

/**
 * A place in a sorted list, the cursor after which the next slice starts. Lists in store order (articles,
 * quotes, claims) need only {@code order}, the store's stable sort key; search hits are ranked by
 * {@code score} and then in store order. Unlike an offset it costs the same however deep it is.
 */
public record Position(float score, long order) {
    /** A place in a list in store order. */
    public static Position inOrder(long order) {
        return new Position(0f, order);
    }
}
