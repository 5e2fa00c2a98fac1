package id.kabar.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private final Map<String, List<String>> query;

    private Params(Map<String, List<String>> query) {
        this.query = query;
    }

    /** The request's parameters, refusing any not in {@code allowed}. */
    static Params of(Context ctx, Set<String> allowed) {
        Map<String, List<String>> query = ctx.queryParamMap();
        for (String name : query.keySet()) {
            if (!allowed.contains(name)) {
                throw RequestError.badParameter(name, "unknown parameter; allowed: " + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
        return new Params(query);
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
