package id.kabar.server;

import id.kabar.store.Position;
import id.kabar.store.Slice;
import java.util.List;
import java.util.Set;

/**
 * How a list is asked for: a JSON page at an offset (within the paging window) or right after a cursor (at any
 * depth), or an export of every row from the cursor on, read in slices of {@code limit}.
 */
record Listing(ListFormat format, int offset, int limit, Position after) {
    static final Set<String> PARAMS = Set.of("offset", "limit", "cursor", "format");
    /**
     * Rows an export reads at a time: a slice is held in memory while it is written, and each slice repeats the
     * list's search from its cursor, so fewer, larger slices cost less; a thousand rows of a few hundred bytes
     * keep a slice under a megabyte.
     */
    static final int EXPORT_SLICE = 1000;

    static Listing read(Params p) {
        ListFormat format = ListFormat.of(p.oneOf("format", ListFormat.NAMES));
        Position after = p.cursor("cursor");
        if (format != ListFormat.JSON) {
            p.refuse("offset", "an export holds every row (from the cursor on, when one is given): no offset");
            p.refuse("limit", "an export holds every row: no limit");
            return new Listing(format, 0, EXPORT_SLICE, after);
        }
        if (after != null) {
            p.refuse("offset", "give offset or cursor, not both");
            return new Listing(format, 0, p.limit(), after);
        }
        int offset = p.offset();
        int limit = p.limit();
        p.checkWindow(offset, limit);
        return new Listing(format, offset, limit, null);
    }

    boolean export() {
        return format != ListFormat.JSON;
    }

    /** Where in a list held in store order (or any fixed order) this listing starts. */
    int start() {
        return after == null ? offset : (int) Math.min(Integer.MAX_VALUE, after.order() + 1);
    }

    /** The same listing going on after {@code next}. */
    Listing after(Position next) {
        return new Listing(format, 0, limit, next);
    }

    /** This listing's stretch of a list held in memory. */
    <T> Slice<T> of(List<T> all) {
        int start = Math.min(start(), all.size());
        List<T> items = all.subList(start, (int) Math.min(all.size(), (long) start + limit));
        return new Slice<>(all.size(), items, next(start, items.size(), all.size()));
    }

    /** Where a list goes on after {@code count} items read from {@code start}, or null at its end. */
    static Position next(int start, int count, long total) {
        return count > 0 && start + count < total ? Position.inOrder(start + count - 1L) : null;
    }
}
