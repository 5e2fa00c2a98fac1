package id.kabar.server;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How a list is answered: a JSON page, or every row streamed as CSV or JSON Lines (one object a line). */
enum ListFormat {
    JSON("application/json; charset=utf-8"),
    CSV("text/csv; charset=utf-8"),
    JSONL("application/x-ndjson; charset=utf-8");

    static final List<String> NAMES = Arrays.stream(values()).map(ListFormat::wire).toList();

    final String mediaType;

    ListFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ListFormat of(String wire) {
        return wire == null ? JSON : valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
