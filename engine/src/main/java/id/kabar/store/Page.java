package id.kabar.store;

import java.util.List;

/** One page of a longer list: the items from {@code offset}, and how many there are in all. */
public record Page<T>(long total, int offset, int limit, List<T> items) {
    public Page {
        items = List.copyOf(items);
    }
}
