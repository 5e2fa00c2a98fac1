package id.kabar.link;

import id.kabar.lang.FunctionWords;
import id.kabar.lang.IndonesianNumber;
import id.kabar.lang.Whitespace;
import id.kabar.lang.WordLists;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The steps of a series a headline numbers ({@code Latihan Bebas 2}, {@code Babak I}, {@code Hari ke-2},
 * {@code FP3}). Two reports, or two events, whose headlines number steps of the same series, none in common, tell
 * different happenings however alike they read: okezone.com's "Hasil Latihan Bebas 1 MotoGP San Marino 2019" and "Hasil Sesi
 * Latihan Bebas 2 MotoGP San Marino 2019" share the riders, the circuit and the wording of the results table, but
 * not the session.
 */
final class HeadlineSeries {
    /** The steps of no series. */
    static final long NONE = 0;
    /**
     * The words after which a headline numbers a step, each to its series' bit: one per line of the list, in file order;
     * words on one line name one series ({@code bebas} and {@code fp}: okezone.com's "Latihan Bebas 1" is another
     * outlet's "FP1").
     */
    private static final Map<String, Integer> SERIES_WORDS = series(WordLists.read(WordLists.class, "series-words.txt"));
    /**
     * The words that name a step of a series alone ({@code series-named-steps.txt}: {@code Kualifikasi} among the free
     * practices), each to its series and step packed as {@link #of} packs them: each step its own bit counted down from
     * {@link #MAX_STEP}, above the numbers a headline writes.
     */
    private static final Map<String, Long> NAMED_STEPS = namedSteps(WordLists.read(WordLists.class,
            "series-named-steps.txt"));
    /**
     * Steps and series packed in one long per event: the series named in the high {@value} bits, one each, the step
     * numbers below them, one bit per number. An event naming steps of two series (rare: a match's first half on the
     * second day of a tournament) keeps both series' numbers in one set, so only a step shared by chance can hide a
     * difference, never make one.
     */
    private static final int SERIES_BITS = 16;
    /** The highest step bit: the bits below the series'. */
    private static final int MAX_STEP = Long.SIZE - SERIES_BITS - 1;
    /**
     * The highest step number kept, below the bits of the steps named by a word ({@link #NAMED_STEPS}): sessions, halves,
     * days and stages run to tens at most.
     */
    private static final int MAX_NUMBERED_STEP = 39;
    private static final long STEP_MASK = (1L << (MAX_STEP + 1)) - 1;
    /**
     * The most digits a step's number has: sessions, halves, days and stages run to tens at most, while a four-digit
     * number after such a word is a year ({@code Kualifikasi 2022}), the edition, not the step.
     */
    private static final int MAX_STEP_DIGITS = 2;
    /** The longest Roman numeral read as a step ({@code VIII}); halves and sessions are written {@code I} to {@code IV}. */
    private static final int MAX_ROMAN_LETTERS = 4;

    static {
        int series = SERIES_WORDS.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        if (series > SERIES_BITS) {
            throw new IllegalStateException("more series than bits for them: " + series);
        }
    }

    private HeadlineSeries() {
    }

    /** Whether both headlines number steps of one series and share no step. */
    static boolean apart(ArticleProfile a, ArticleProfile b) {
        return apart(of(a.title()), of(b.title()));
    }

    /** Whether two packed step sets ({@link #of}) name a series in common and share no step. */
    static boolean apart(long a, long b) {
        return (a & b & ~STEP_MASK) != 0 && (a & b & STEP_MASK) == 0;
    }

    /** Both packed step sets as one, an event's grown by a member's. */
    static long merge(long a, long b) {
        return a | b;
    }

    /** The series a headline numbers steps of and those steps, packed; {@link #NONE} for none or null. */
    static long of(String title) {
        if (title == null) {
            return NONE;
        }
        String[] words = ArticleProfiler.words(title);
        long steps = NONE;
        for (int i = 0; i < words.length; i++) {
            int step = 0;
            int series = SERIES_WORDS.getOrDefault(words[i], -1);
            if (series >= 0 && i + 1 < words.length) {
                boolean ordinal = FunctionWords.isTo(words[i + 1]) && i + 2 < words.length;
                step = number(words[ordinal ? i + 2 : i + 1]);
            } else {
                int digits = firstDigit(words[i]);
                series = digits > 0 ? SERIES_WORDS.getOrDefault(words[i].substring(0, digits), -1) : -1;
                step = series >= 0 ? number(words[i].substring(digits)) : 0;
            }
            if (step > 0 && step <= MAX_NUMBERED_STEP) {
                steps |= 1L << (MAX_STEP + 1 + series) | 1L << step;
            }
            steps |= NAMED_STEPS.getOrDefault(words[i], NONE);
        }
        return steps;
    }

    private static Map<String, Integer> series(List<String> lines) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            for (String word : Whitespace.split(lines.get(i))) {
                out.put(word, i);
            }
        }
        return Map.copyOf(out);
    }

    private static Map<String, Long> namedSteps(List<String> lines) {
        Map<String, Long> out = new HashMap<>();
        int bit = MAX_STEP;
        for (String line : lines) {
            String[] words = Whitespace.split(line);
            Integer series = SERIES_WORDS.get(words[0]);
            if (series == null) {
                throw new IllegalStateException("a named step of no series: " + line);
            }
            for (int k = 1; k < words.length; k++) {
                if (bit <= MAX_NUMBERED_STEP) {
                    throw new IllegalStateException("more named steps than bits for them: " + line);
                }
                out.put(words[k], 1L << (MAX_STEP + 1 + series) | 1L << bit--);
            }
        }
        return Map.copyOf(out);
    }

    /** A step's number: digits ({@code 2}), an ordinal word ({@code kedua}) or a Roman numeral ({@code ii}); 0 for none. */
    private static int number(String word) {
        if (word.chars().allMatch(Character::isDigit)) {
            return word.length() <= MAX_STEP_DIGITS ? Integer.parseInt(word) : 0;
        }
        int ordinal = IndonesianNumber.ordinal(word);
        return ordinal > 0 ? ordinal : roman(word);
    }
    /** The value of a short Roman numeral of i, v and x ({@code iv} is 4), or 0 for any other word. */
    private static int roman(String word) {
        if (word.length() > MAX_ROMAN_LETTERS) {
            return 0;
        }
        int value = 0;
        int previous = 0;
        for (int k = word.length() - 1; k >= 0; k--) {
            int v = switch (word.charAt(k)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                default -> -1;
            };
            if (v < 0) {
                return 0;
            }
            value += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return value;
    }

    /** Where a word's trailing digits start ({@code fp2} is 2), or 0 when it has none or is digits only. */
    private static int firstDigit(String word) {
        int k = word.length();
        while (k > 0 && Character.isDigit(word.charAt(k - 1))) {
            k--;
        }
        return k < word.length() ? k : 0;
    }
}
