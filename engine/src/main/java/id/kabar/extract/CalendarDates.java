package id.kabar.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads full calendar dates (a year is required) as Indonesian and English pages write them:
 * {@code 28 Februari 2022}, {@code Senin, 28/2/2022}, {@code Mei 3, 2024}, {@code 2022-02-28T10:15:00+07:00},
 * {@code Feb 28, 2022}. Relative days ({@code Jumat (25/2)}) are left to the time annotator.
 */
final class CalendarDates {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("februari", 2), Map.entry("pebruari", 2), Map.entry("february", 2), Map.entry("feb", 2), Map.entry("peb", 2),
            Map.entry("maret", 3), Map.entry("march", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mei", 5), Map.entry("may", 5),
            Map.entry("juni", 6), Map.entry("june", 6), Map.entry("jun", 6),
            Map.entry("juli", 7), Map.entry("july", 7), Map.entry("jul", 7),
            Map.entry("agustus", 8), Map.entry("august", 8), Map.entry("agu", 8), Map.entry("agt", 8), Map.entry("aug", 8), Map.entry("ags", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oktober", 10), Map.entry("october", 10), Map.entry("okt", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nopember", 11), Map.entry("nov", 11), Map.entry("nop", 11),
            Map.entry("desember", 12), Map.entry("december", 12), Map.entry("des", 12), Map.entry("dec", 12));
    private static final String MONTH = "(januari|january|jan|februari|pebruari|february|feb|peb|maret|march|mar|april|apr|mei|may"
            + "|juni|june|jun|juli|july|jul|agustus|august|agu|agt|ags|aug|september|sept|sep|oktober|october|okt|oct"
            + "|november|nopember|nov|nop|desember|december|des|dec)\\.?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?iu)\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?iu)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.-](\\d{1,2})[/.-]((?:19|20)\\d{2})\\b");
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\b");
    private static final Pattern DATE_LINE_WORDS = Pattern.compile("(?iu)\\b(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad"
            + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun"
            + "|wib|wita|wit|gmt|utc|pukul|jam|am|pm|diperbarui|diterbitkan|dipublikasikan|terbit|publikasi|dibuat|tanggal"
            + "|updated|published|posted|on|at|last|modified)\\b");

    private CalendarDates() {
    }

    /** A date found in a text, and where it was. */
    record Found(LocalDate date, int start, int end) {
    }

    /** The first full date written in {@code text}. */
    static Optional<Found> find(String text) {
        Found best = null;
        for (Pattern p : new Pattern[] {ISO, DAY_MONTH_YEAR, MONTH_DAY_YEAR, NUMERIC}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                LocalDate date = toDate(p, m);
                if (date != null) {
                    if (best == null || m.start() < best.start()) {
                        best = new Found(date, m.start(), m.end());
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static LocalDate toDate(Pattern p, Matcher m) {
        try {
            if (p == ISO) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            if (p == DAY_MONTH_YEAR) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
            }
            if (p == MONTH_DAY_YEAR) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            }
            return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /** A metadata value: ISO date or date-time first, then any written date. */
    static Optional<LocalDate> parseValue(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            return Optional.of(OffsetDateTime.parse(v).toLocalDate());
        } catch (DateTimeParseException ignored) {
            // not an offset date-time; try the looser forms below
        }
        try {
            return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeParseException ignored) {
            // not an RFC 1123 date either
        }
        return find(v).map(Found::date);
    }

    /** Whether a line says nothing but a date and its trimmings (day name, clock, time zone). */
    static boolean isDateOnly(String line) {
        Optional<Found> found = find(line);
        if (found.isEmpty()) {
            return false;
        }
        String rest = line.substring(0, found.get().start()) + " " + line.substring(found.get().end());
        rest = DATE_LINE_WORDS.matcher(CLOCK.matcher(rest).replaceAll(" ")).replaceAll(" ");
        return !LineShape.hasLetters(rest) && !rest.matches(".*\\d{3,}.*");
    }

    static boolean hasClock(String line) {
        return CLOCK.matcher(line).find();
    }
}
