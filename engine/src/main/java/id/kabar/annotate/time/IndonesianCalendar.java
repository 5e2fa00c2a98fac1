package id.kabar.annotate.time;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;

/**
 * Names of days, months and ordinal numbers as Indonesian news writes them, with the regular
 * expression fragments that match them. Month names accept the common abbreviations and the
 * English spellings that scraped pages mix in.
 */
public final class IndonesianCalendar {

    /** Capitalised weekday names; {@code Minggu} is also the word for week, so callers check context. */
    public static final String WEEKDAY = "(?:Senin|Selasa|Rabu|Kamis|Jum['’]?at|Sabtu|Minggu|Ahad)";

    public static final String MONTH = "(?:Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|September"
            + "|Oktober|November|Nopember|Desember|January|February|March|May|June|July|August|October|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Agu|Agt|Aug|Sept|Sep|Okt|Oct|Nov|Des|Dec)";

    /** Ordinals written as words ({@code kedua}) or as {@code ke-5}. */
    public static final String ORDINAL = "(?:pertama|kedua|ketiga|keempat|kelima|keenam|ketujuh|kedelapan"
            + "|kesembilan|kesepuluh|kesebelas|ke-?\\s?\\d{1,3})";

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "senin", DayOfWeek.MONDAY, "selasa", DayOfWeek.TUESDAY, "rabu", DayOfWeek.WEDNESDAY,
            "kamis", DayOfWeek.THURSDAY, "jumat", DayOfWeek.FRIDAY, "sabtu", DayOfWeek.SATURDAY,
            "minggu", DayOfWeek.SUNDAY, "ahad", DayOfWeek.SUNDAY);

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("peb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("mei", 5), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("agu", 8),
            Map.entry("agt", 8), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("okt", 10),
            Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("nop", 11), Map.entry("des", 12),
            Map.entry("dec", 12));

    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("pertama", 1), Map.entry("kedua", 2), Map.entry("ketiga", 3), Map.entry("keempat", 4),
            Map.entry("kelima", 5), Map.entry("keenam", 6), Map.entry("ketujuh", 7), Map.entry("kedelapan", 8),
            Map.entry("kesembilan", 9), Map.entry("kesepuluh", 10), Map.entry("kesebelas", 11));

    private IndonesianCalendar() {
    }

    /** The day a weekday name means, or null if {@code word} is not one. */
    public static DayOfWeek weekday(String word) {
        String key = word.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "");
        return WEEKDAYS.get(key);
    }

    /** The month number (1-12) of a month name or abbreviation, or 0 if {@code word} is not one. */
    public static int month(String word) {
        String key = word.toLowerCase(Locale.ROOT).replace(".", "");
        if (key.length() < 3) {
            return 0;
        }
        return MONTHS.getOrDefault(key.substring(0, 3), 0);
    }

    /** The number an ordinal stands for ({@code kelima} is 5, {@code ke-12} is 12), or 0. */
    public static int ordinal(String word) {
        String key = word.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
        Integer named = ORDINALS.get(key);
        if (named != null) {
            return named;
        }
        if (key.startsWith("ke") && key.length() > 2 && key.substring(2).chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(key.substring(2));
        }
        return 0;
    }
}
