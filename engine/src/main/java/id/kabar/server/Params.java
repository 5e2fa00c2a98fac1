package id.kabar.server;

import id.kabar.store.Position;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads and checks a request's query parameters. Every endpoint declares the parameters it takes;
 * an unknown, repeated, malformed or out-of-range one is refused with a message naming it, rather
 * than silently ignored.
 */
final class Params {
    static final int MAX_LIMIT = 100;
    static final int DEFAULT_LIMIT = 20;
    /** Deep paging costs memory per request; nobody reads past this many hits. */
    static final int MAX_WINDOW = 10_000;
    static final int MAX_TEXT = 200;
    /**
     * Ids are URLs or paths; the Sitemaps protocol caps a URL at 2,048 characters and crawlers keep to it. Twice
     * that still fits the server's 8 KB request line.
     */
    static final int MAX_ID = 4096;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private final Map<String, List<String>> query;

    private Params(Map<String, List<String>> query) {
        this.query = query;
    }

    /** The request's parameters, refusing any not in {@code allowed} and any whose percent-encoding is broken. */
    static Params of(Context ctx, Set<String> allowed) {
        Map<String, List<String>> query = decode(ctx.queryString(), name -> true);
        for (String name : query.keySet()) {
            if (!allowed.contains(name)) {
                throw RequestError.badParameter(name, "unknown parameter; allowed: " + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
        return new Params(query);
    }

    /**
     * A page's parameters: those in {@code allowed} checked as strictly as the API's, any other dropped unread.
     * Shared links gather tracking parameters ({@code utm_source}, {@code fbclid}) a page has no use for, and a
     * reader following one should land on the page, not on an error. A field of a page's form left empty (its
     * "any" choice, a blank box) is sent empty and read as not given.
     */
    static Params ofPage(Context ctx, Set<String> allowed) {
        Map<String, List<String>> query = decode(ctx.queryString(), allowed::contains);
        query.values().removeIf(values -> values.stream().allMatch(String::isBlank));
        return new Params(query);
    }

    /**
     * The query string decoded strictly. A lenient decoder drops or garbles a value such as {@code q=%} or
     * {@code speaker=%zz}, so the request would run unfiltered or fail deep inside; here it is refused, named.
     * Only the parameters {@code wanted} are read (a name that cannot be decoded is tested as sent).
     */
    private static Map<String, List<String>> decode(String queryString, Predicate<String> wanted) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (queryString == null || queryString.isEmpty()) {
            return query;
        }
        for (String pair : queryString.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String name = PercentDecoding.decode(rawName).orElse(null);
            if (!wanted.test(name == null ? rawName : name)) {
                continue;
            }
            if (name == null) {
                throw RequestError.badParameter(clip(rawName), "malformed parameter name");
            }
            String value = eq < 0 ? "" : PercentDecoding.decode(pair.substring(eq + 1))
                    .orElseThrow(() -> RequestError.badParameter(name,
                            "malformed percent-encoding (a '%' must start a UTF-8 byte such as %25 or %C3%A9)"));
            query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return query;
    }

    /** One parameter's first value, or null when it is absent or malformed: for error pages, which answer any request. */
    static String valueOrNull(Context ctx, String name) {
        try {
            List<String> values = decode(ctx.queryString(), name::equals).get(name);
            return values == null ? null : values.get(0);
        } catch (RequestError malformed) {
            return null;
        }
    }

    /** The first value of every parameter, in request order: what a page's links carry on. */
    Map<String, String> firstValues() {
        Map<String, String> first = new LinkedHashMap<>();
        query.forEach((name, values) -> first.put(name, values.get(0)));
        return first;
    }

    /** The single raw value, or null when absent. */
    private String raw(String name) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw RequestError.badParameter(name, "given " + values.size() + " times; give it once");
        }
        return values.get(0);
    }

    /** Free text (a query, a name): trimmed, 1 to 200 characters, no control characters; null when absent. */
    String text(String name) {
        String v = raw(name);
        if (v == null) {
            return null;
        }
        v = v.strip();
        if (v.isEmpty()) {
            throw RequestError.badParameter(name, "must not be empty");
        }
        if (v.length() > MAX_TEXT) {
            throw RequestError.badParameter(name, "longer than " + MAX_TEXT + " characters");
        }
        if (CONTROL.matcher(v).find()) {
            throw RequestError.badParameter(name, "contains control characters");
        }
        return v;
    }

    /**
     * An article, story or event id, required: looked up exactly, so it is taken as the store may hold it (a URL
     * longer than free text may be, an older run's id with a control character), only not blank nor overlong.
     */
    String requiredId(String name) {
        String v = raw(name);
        if (v == null || v.isBlank()) {
            throw RequestError.badParameter(name, "required");
        }
        if (v.length() > MAX_ID) {
            throw RequestError.badParameter(name, "longer than " + MAX_ID + " characters");
        }
        return v;
    }

    String requiredText(String name) {
        String v = text(name);
        if (v == null) {
            throw RequestError.badParameter(name, "required");
        }
        return v;
    }

    int integer(String name, int fallback, int min, int max) {
        String v = raw(name);
        if (v == null) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw RequestError.badParameter(name, "not a whole number: '" + clip(v) + "'");
        }
        if (n < min || n > max) {
            throw RequestError.badParameter(name, "must be between " + min + " and " + max);
        }
        return n;
    }

    int offset() {
        return integer("offset", 0, 0, MAX_WINDOW);
    }

    int limit() {
        return integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    }

    /** Offset and limit together may not reach past the paging window. */
    void checkWindow(int offset, int limit) {
        if ((long) offset + limit > MAX_WINDOW) {
            throw RequestError.badParameter("offset", "offset + limit must not exceed " + MAX_WINDOW);
        }
    }

    /** A cursor from an earlier answer's {@code next_cursor}; null when absent. */
    Position cursor(String name) {
        String v = raw(name);
        return v == null ? null : Cursor.decode(v.strip())
                .orElseThrow(() -> RequestError.badParameter(name, "not a cursor from an earlier answer's next_cursor"));
    }

    /** Refuses a parameter this request cannot use, saying {@code why}. */
    void refuse(String name, String why) {
        if (query.containsKey(name)) {
            throw RequestError.badParameter(name, why);
        }
    }

    LocalDate date(String name) {
        String v = raw(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw RequestError.badParameter(name, "not a date (YYYY-MM-DD): '" + clip(v) + "'");
        }
    }

    String language(String name) {
        String v = raw(name);
        if (v == null) {
            return null;
        }
        if (!LANGUAGE.matcher(v).matches() && !"und".equals(v)) {
            throw RequestError.badParameter(name, "not a language code (ISO 639-1 such as id, en, ms): '" + clip(v) + "'");
        }
        return v;
    }

    /** One of a fixed set of values; null when absent. */
    String oneOf(String name, List<String> allowed) {
        String v = raw(name);
        if (v == null) {
            return null;
        }
        if (!allowed.contains(v)) {
            throw RequestError.badParameter(name, "must be one of " + String.join(", ", allowed) + ": '" + clip(v) + "'");
        }
        return v;
    }

    private static String clip(String v) {
        return v.length() > 40 ? v.substring(0, 40) + "…" : v;
    }
}
