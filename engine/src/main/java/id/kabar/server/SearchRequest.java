package id.kabar.server;

import id.kabar.present.Messages;
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
    static final java.util.List<String> DATES = java.util.List.of("from", "to");
    /** The exact-match filters, in the order the page lists them. */
    static final java.util.List<String> FILTERS = java.util.List.of("outlet", "language", "entity", "speaker");

    static SearchRequest read(Params p, boolean textRequired) {
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        if (from != null && to != null && from.isAfter(to)) {
            throw RequestError.badParameter("from", "is after 'to'");
        }
        return read(p, textRequired, from, to);
    }

    /** The search with its dates left out: what the page keeps in its form when the dates are wrong. */
    static SearchRequest withoutDates(Params p) {
        return read(p, false, null, null);
    }

    /**
     * What is wrong with the dates, for a reader who typed them (a message in their language), or null when they
     * are good. The page shows it above the form instead of an error page, so the query is not lost.
     */
    static String dateProblem(Params p, Messages m) {
        for (String name : DATES) {
            try {
                p.date(name);
            } catch (RequestError e) {
                return m.get("search.date.invalid", m.get("search." + name), p.firstValues().get(name));
            }
        }
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        return from != null && to != null && from.isAfter(to) ? m.get("search.date.order") : null;
    }

    private static SearchRequest read(Params p, boolean textRequired, LocalDate from, LocalDate to) {
        String text = textRequired ? p.requiredText("q") : p.text("q");
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
