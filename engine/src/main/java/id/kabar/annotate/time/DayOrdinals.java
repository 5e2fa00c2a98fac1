package id.kabar.annotate.time;

import java.util.Locale;
import java.util.Map;

/**
 * Ordinal numbers as Indonesian news counts days with them ({@code hari kedua}, {@code hari ke-5}); the
 * names of days and months are the language layer's {@link id.kabar.lang.Calendar}.
 */
public final class DayOrdinals {

    /** Ordinals written as words ({@code kedua}) or as {@code ke-5}. */
    public static final String ORDINAL = "(?:pertama|kedua|ketiga|keempat|kelima|keenam|ketujuh|kedelapan"
            + "|kesembilan|kesepuluh|kesebelas|ke-?\\s?\\d{1,3})";

    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("pertama", 1), Map.entry("kedua", 2), Map.entry("ketiga", 3), Map.entry("keempat", 4),
            Map.entry("kelima", 5), Map.entry("keenam", 6), Map.entry("ketujuh", 7), Map.entry("kedelapan", 8),
            Map.entry("kesembilan", 9), Map.entry("kesepuluh", 10), Map.entry("kesebelas", 11));

    private DayOrdinals() {
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
