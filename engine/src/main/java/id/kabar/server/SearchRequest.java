package id.kabar.server;

import id.kabar.store.SearchQuery;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The search parameters shared by {@code /api/search} and the search page, checked. */
record SearchRequest(String text, String outlet, String language, String entity, String speaker,
                     LocalDate from, LocalDate to, int offset, int limit) {
    static final Set<String> PARAMS = Set.of("q", "outlet", "language", "entity", "speaker", "from", "to",
            "offset", "limit");
    /** The exact-match filters, in the order the page lists them. */
    static final java.util.List<String> FILTERS = java.util.List.of("outlet", "language", "entity", "speaker");

    static SearchRequest read(Params p, boolean textRequired) {
        String text = textRequired ? p.requiredText("q") : p.text("q");
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        if (from != null && to != null && from.isAfter(to)) {
            throw RequestError.badParameter("from", "is after 'to'");
        }
        int offset = p.offset();
        int limit = p.limit();
        p.checkWindow(offset, limit);
        return new SearchRequest(text, p.text("outlet"), p.language("language"), p.text("entity"), p.text("speaker"),
                from, to, offset, limit);
    }

    SearchQuery query() {
        return new SearchQuery(text, outlet, language, entity, speaker, from, to, offset, limit);
    }

    String filter(String name) {
        return switch (name) {
            case "outlet" -> outlet;
            case "language" -> language;
            case "entity" -> entity;
            case "speaker" -> speaker;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** The parameters of this search narrowed to one month ({@code YYYY-MM}), paging reset. */
    Map<String, String> withMonth(String month) {
        LocalDate first = LocalDate.parse(month + "-01");
        Map<String, String> p = with(null, null, 0);
        p.put("from", first.toString());
        p.put("to", first.plusMonths(1).minusDays(1).toString());
        return p;
    }

    /** The parameters of this search with one filter set (or removed, with null) and paging reset. */
    Map<String, String> with(String name, String value, int newOffset) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("q", text);
        for (String f : FILTERS) {
            p.put(f, f.equals(name) ? value : filter(f));
        }
        p.put("from", from == null ? null : from.toString());
        p.put("to", to == null ? null : to.toString());
        p.put("offset", newOffset == 0 ? null : Integer.toString(newOffset));
        p.put("limit", limit == Params.DEFAULT_LIMIT ? null : Integer.toString(limit));
        return p;
    }
}
