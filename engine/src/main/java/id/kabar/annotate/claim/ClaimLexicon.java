package id.kabar.annotate.claim;

import id.kabar.lang.Whitespace;
import id.kabar.lang.WordLists;
import id.kabar.model.ClaimCategory;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words that tell what a number counts in Indonesian news: the outcome words next to it
 * ({@code tewas}, {@code luka-luka}, {@code mengungsi}, {@code ditangkap}), the nouns of people and
 * things that are tallied ({@code orang}, {@code warga sipil}, {@code unit rumah}), and the units of
 * time and measure that make a number a duration or a size rather than a count.
 */
public final class ClaimLexicon {

    /** Outcome words, longest first so that {@code luka berat} wins over {@code luka}. */
    private static final List<CueWords> CUES = WordLists.read(WordLists.class, "outcome-words.txt").stream()
            .map(ClaimLexicon::cueWords)
            .sorted(Comparator.comparingInt((CueWords c) -> c.words().length).reversed()).toList();

    private static final Set<String> PEOPLE = WordLists.set(WordLists.class, "counted-people.txt");

    /** Nouns of things a news count tallies; a bare number before any other noun is not read as a count. */
    private static final Set<String> THINGS = WordLists.set(WordLists.class, "counted-things.txt");

    /** Units that make a number a duration, a size or a rate, not a count. */
    private static final Set<String> NOT_COUNTS = WordLists.set(WordLists.class, "not-counts.txt");

    /** Words after a unit of length that make it one of area ({@code 430 kilometer persegi}): an area counts. */
    private static final Set<String> AREA_MARKS = WordLists.set(WordLists.class, "area-marks.txt");

    /** Words that make the number before them the times something recurred ({@code empat kali}). */
    private static final Set<String> REPETITIONS = WordLists.set(WordLists.class, "repetition-words.txt");

    /** Words of a title won that make the times before them a tally of titles ({@code lima kali juara}). */
    private static final Set<String> TITLES = WordLists.set(WordLists.class, "title-words.txt");

    /** Happenings whose recurrences are tallied after a repetition word ({@code empat kali uji coba}). */
    private static final Set<String> REPEATED_HAPPENINGS = WordLists.set(WordLists.class, "repeated-happenings.txt");

    /** Words after a happening counted with {@code kali} that make its times a frequency ({@code per bulan}). */
    private static final Set<String> RECURRENCE_RATES = WordLists.set(WordLists.class, "recurrence-rates.txt");

    /** Units of counts that need not be whole: areas and an index's points ({@code 504,755 hektar}). */
    private static final Set<String> FRACTIONAL = WordLists.set(WordLists.class, "fractional-units.txt");

    /**
     * The unit a team's points are counted in, by each word they stand after in a league's standings ({@code dengan
     * nilai 19 dari 17 laga}: poin), where the matches after the number cannot be its whole.
     */
    private static final Map<String, String> STANDINGS_UNITS = standingsUnits();
    private static final Set<String> STANDINGS_TABLES = WordLists.set(WordLists.class, "standings-tables.txt");

    /** The most words an outcome cue runs to ({@code meninggal dunia}): a cue ending at a word starts this far back. */
    static final int LONGEST_CUE = CUES.stream().mapToInt(c -> c.words().length).max().orElse(1);

    private ClaimLexicon() {
    }

    /** The outcome cue starting at word {@code i} of lower-case words, or null. */
    public static Cue cueAt(List<String> words, int i) {
        for (CueWords cue : CUES) {
            String[] parts = cue.words();
            if (i + parts.length > words.size()) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < parts.length && match; k++) {
                match = words.get(i + k).equals(parts[k]);
            }
            if (match) {
                return new Cue(cue.category(), parts.length);
            }
        }
        return null;
    }

    public static boolean isPeople(String word) {
        return PEOPLE.contains(word.toLowerCase(Locale.ROOT));
    }

    public static boolean isThing(String word) {
        return THINGS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The unit of a team's points that {@code word} names before their number, or null. */
    public static String standingsUnit(String word) {
        return STANDINGS_UNITS.get(word.toLowerCase(Locale.ROOT));
    }

    public static boolean isNotCount(String word) {
        return NOT_COUNTS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code word}, after a unit of length, makes it a unit of area ({@code persegi}). */
    public static boolean isAreaMark(String word) {
        return AREA_MARKS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code word} makes the number before it the times something recurred ({@code kali}). */
    public static boolean isRepetition(String word) {
        return REPETITIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether lower-case word {@code i} is a repetition word before a title won ({@code kali} of {@code lima kali juara
     * Liga Champions}): the times count the titles, so the title is what the number counts.
     */
    public static boolean repeatsTitle(List<String> lower, int i) {
        return i + 1 < lower.size() && REPETITIONS.contains(lower.get(i)) && TITLES.contains(lower.get(i + 1));
    }

    /** Whether {@code word} opens a happening whose recurrences a repetition word tallies ({@code uji coba}). */
    public static boolean isRepeatedHappening(String word) {
        return REPEATED_HAPPENINGS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code word}, after a happening counted with {@code kali}, makes its times a frequency ({@code per}). */
    public static boolean isRecurrenceRate(String word) {
        return RECURRENCE_RATES.contains(word.toLowerCase(Locale.ROOT));
    }

    public static boolean isFractional(String word) {
        return FRACTIONAL.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code word} names a league's standings ({@code klasemen}). */
    public static boolean isStandingsTable(String word) {
        return STANDINGS_TABLES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The words a team's points stand after in a league's standings ({@code poin}, {@code nilai}), sorted. */
    static List<String> standingsWords() {
        return STANDINGS_UNITS.keySet().stream().sorted().toList();
    }

    private static Map<String, String> standingsUnits() {
        Map<String, String> units = new HashMap<>();
        for (String line : WordLists.read(WordLists.class, "standings-tally-words.txt")) {
            String[] words = Whitespace.split(line);
            for (String w : words) {
                units.put(w.toLowerCase(Locale.ROOT), words[0].toLowerCase(Locale.ROOT));
            }
        }
        return Map.copyOf(units);
    }

    private record CueWords(String[] words, ClaimCategory category) {
    }

    /** A line of {@code outcome-words.txt}: the category, then the words of the phrase. */
    private static CueWords cueWords(String line) {
        String[] columns = Whitespace.split(line);
        if (columns.length < 2) {
            throw new IllegalStateException("outcome-words.txt: not category and phrase: " + line);
        }
        return new CueWords(Arrays.copyOfRange(columns, 1, columns.length),
                ClaimCategory.valueOf(columns[0].toUpperCase(Locale.ROOT)));
    }

    /** An outcome word and how many words it spans. */
    public record Cue(ClaimCategory category, int length) {
    }
}
