package id.kabar.extract;

import id.kabar.lang.Calendar;
import id.kabar.lang.Whitespace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dateline that opens a lead paragraph: place, outlet and date before a dash, in the orders
 * Indonesian outlets use ({@code KNews.id- }, {@code WowKeren - }, {@code Moskow, Gatra.com - },
 * {@code SERAMBINEWS.COM, MOSKOW - }, {@code Jakarta (ANTARA) - }, {@code Jakarta, CNN Indonesia -- }).
 */
final class DatelineParser {
    /** Head, then a dash set off by spaces (or glued to a domain, {@code KNews.id- }), then the lead's first word. */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?<head>[^\\n]{2,90}?)(?:\\s+\\p{Pd}{1,2}|(?<=\\.\\p{L}{2,6})\\p{Pd}{1,2})\\s+(?=[\\p{Lu}\\p{N}\"“'‘(])");
    /** An agency in brackets names itself in letters: {@code (ANTARA)}, never {@code (12/9/2019)}, a day. */
    private static final Pattern AGENCY = Pattern.compile("\\((?=[^()]*\\p{L})([^()]{2,30})\\)");
    private static final Pattern NAME_WORD = Pattern.compile("^[\\p{Lu}\\p{N}][\\p{L}\\p{N}.'’&-]*$");
    private static final Pattern DAY_AND_SHORT_DATE = Pattern.compile(
            "(?iu)^" + Calendar.WEEKDAY + "?\\s*\\(?\\d{1,2}/\\d{1,2}(/\\d{2,4})?\\)?$");

    Optional<Dateline> parse(String line) {
        Matcher m = DATELINE.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        String head = m.group("head").strip();
        String agency = null;
        Matcher a = AGENCY.matcher(head);
        if (a.find() && head.substring(a.end()).isBlank()) {
            agency = a.group(1).strip();
            head = head.substring(0, a.start()).strip();
        }
        if (CalendarDates.isDateOnly(head)) {
            // the date alone opens the lead, its own commas in it ("Feb. 23, 2015 -- Life-threatening ...")
            String source = agency;
            return CalendarDates.find(head).map(f -> new Dateline(source, null, f.date(), m.end()));
        }
        String outlet = agency;
        LocalDate date = null;
        List<String> unknown = new ArrayList<>();
        List<String> places = new ArrayList<>();
        for (String part : head.split("\\s*,\\s*")) {
            if (part.isEmpty()) {
                continue;
            }
            Optional<CalendarDates.Found> found = CalendarDates.find(part);
            if (found.isPresent() && CalendarDates.isDateOnly(part)) {
                date = found.get().date();
            } else if (DAY_AND_SHORT_DATE.matcher(part).matches()) {
                continue;
            } else if (OutletNames.isDomainLike(part) && outlet == null) {
                outlet = part;
            } else if (isNameLike(part) && (DatelinePlaces.isKnown(part) || Whitespace.split(part).length <= 2)) {
                if (DatelinePlaces.isKnown(part)) {
                    places.add(part);
                } else {
                    unknown.add(part);
                }
            } else {
                return Optional.empty();
            }
        }
        if (unknown.size() + places.size() > 2 || outlet == null && places.isEmpty() && unknown.isEmpty() && date == null) {
            return Optional.empty();
        }
        if (outlet == null && !unknown.isEmpty()) {
            // "Jakarta, CNN Indonesia -": the outlet follows the place when neither is written as a domain.
            outlet = unknown.remove(unknown.size() - 1);
        }
        places.addAll(unknown);
        String place = places.isEmpty() ? null : properCase(places.get(0));
        return Optional.of(new Dateline(outlet, place, date, m.end()));
    }

    private static boolean isNameLike(String part) {
        String[] words = Whitespace.split(part);
        if (words.length > 4) {
            return false;
        }
        for (String word : words) {
            if (!NAME_WORD.matcher(word).matches()) {
                return false;
            }
        }
        return true;
    }

    /** {@code MOSKOW} → {@code Moskow}, {@code KUALA LUMPUR} → {@code Kuala Lumpur}; mixed case is left alone. */
    static String properCase(String place) {
        if (!LineShape.isShouted(place)) {
            return place;
        }
        StringBuilder out = new StringBuilder();
        for (String word : place.toLowerCase(Locale.ROOT).split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }
}
