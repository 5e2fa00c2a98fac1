package id.kabar.lang;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Months and weekdays as Indonesian news writes them, read from {@code calendar.txt}: the one place the
 * stages learn every spelling ({@code Pebruari}, {@code Agt}, {@code Jum'at}, {@code Ahad}, English names),
 * with the regular expression fragments built from it.
 */
public final class Calendar {

    /** How a spelling is written: the kinds of {@code calendar.txt}'s last column. */
    private enum Form { NAME, VARIANT, ENGLISH, ABBREVIATION }

    private record Spelling(boolean month, int number, String word, Form form) {
        boolean indonesian() {
            return form == Form.NAME || form == Form.VARIANT;
        }
    }

    private static final List<Spelling> SPELLINGS = WordLists.read(Calendar.class, "calendar.txt").stream()
            .map(Calendar::spelling).toList();

    private static final Map<String, Integer> MONTHS = numbers(true);
    private static final Map<String, Integer> WEEKDAYS = numbers(false);

    /** Any spelling of a month, capitalised as in running text: {@code Agustus}, {@code Agt}, {@code August}. */
    public static final String MONTH = capitalisedAlternation(SPELLINGS.stream()
            .filter(Spelling::month).map(Spelling::word).toList());

    /**
     * An Indonesian weekday name, capitalised as in running text ({@code Jumat}, {@code Jum’at}, {@code Ahad}).
     * English names and abbreviations are left out: in Indonesian prose {@code Sun} or {@code Sat} is a name.
     */
    public static final String WEEKDAY = capitalisedAlternation(SPELLINGS.stream()
            .filter(s -> !s.month() && s.indonesian()).map(Spelling::word).toList());

    /** Any spelling of a weekday, for date lines that mix languages ({@code Fri, 27 Sep 2019}). */
    public static final String WEEKDAY_ANY_FORM = capitalisedAlternation(SPELLINGS.stream()
            .filter(s -> !s.month()).map(Spelling::word).toList());

    private static final Set<String> INDONESIAN_NAMES = SPELLINGS.stream()
            .filter(Spelling::indonesian).map(Spelling::word).collect(Collectors.toUnmodifiableSet());

    private static final Set<String> MONTH_ABBREVIATIONS = SPELLINGS.stream()
            .filter(s -> s.month() && s.form() == Form.ABBREVIATION).map(Spelling::word)
            .collect(Collectors.toUnmodifiableSet());

    private Calendar() {
    }

    /** The month number (1-12) of any spelling of a month, with or without a dot, or 0 if {@code word} is none. */
    public static int month(String word) {
        return MONTHS.getOrDefault(key(word), 0);
    }

    /** The day any spelling of a weekday means, or null if {@code word} is none. */
    public static DayOfWeek weekday(String word) {
        Integer number = WEEKDAYS.get(key(word));
        return number == null ? null : DayOfWeek.of(number);
    }

    /** Whether a lower-case word is an Indonesian day or month name ({@code senin}, {@code nopember}). */
    public static boolean isIndonesianDayOrMonth(String lowerCase) {
        return INDONESIAN_NAMES.contains(lowerCase);
    }

    /** The short forms of months ({@code agt}, {@code sept}), lower-case and without their dot. */
    public static Set<String> monthAbbreviations() {
        return MONTH_ABBREVIATIONS;
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT).replace(".", "").replace('’', '\'');
    }

    private static Spelling spelling(String line) {
        String[] columns = Whitespace.split(line);
        if (columns.length != 4 || !columns[0].equals("month") && !columns[0].equals("weekday")) {
            throw new IllegalStateException("calendar.txt: not kind, number, spelling, form: " + line);
        }
        return new Spelling(columns[0].equals("month"), Integer.parseInt(columns[1]), columns[2],
                Form.valueOf(columns[3].toUpperCase(Locale.ROOT)));
    }

    private static Map<String, Integer> numbers(boolean months) {
        Map<String, Integer> out = new HashMap<>();
        for (Spelling s : SPELLINGS) {
            if (s.month() == months) {
                out.put(s.word(), s.number());
            }
        }
        return Map.copyOf(out);
    }

    /** {@code (?:Sept|Sep|...)}, longest first so that a spelling wins over its own prefix. */
    private static String capitalisedAlternation(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return sorted.stream().map(Calendar::capitalisedPattern).collect(Collectors.joining("|", "(?:", ")"));
    }

    private static String capitalisedPattern(String word) {
        String capitalised = word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
        return Pattern.compile("'").splitAsStream(capitalised).map(Pattern::quote).collect(Collectors.joining("['’]"));
    }
}
