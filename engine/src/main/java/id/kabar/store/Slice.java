package id.kabar.store;

import java.util.List;

/**
 * One stretch of a longer list, read after a {@link Position}: its items, how many the whole list holds (-1 when
 * counting would mean reading the whole list), and where the next stretch starts (null when this one reaches the
 * end).
 */
public record Slice<T>(long total, List<T> items, Position next) {
    public Slice {
        items = List.copyOf(items);
    }
}
