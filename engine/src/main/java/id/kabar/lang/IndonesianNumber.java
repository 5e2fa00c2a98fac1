package id.kabar.lang;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads numbers as Indonesian writes them: a period groups thousands ({@code 3.016} is 3016), a comma
 * marks decimals ({@code 5,95}), scale words multiply ({@code 1,2 triliun}, {@code Rp1,2 T}), and
 * numbers may be words ({@code dua puluh lima}, {@code seratus}) or round plurals ({@code ribuan}); ordinals
 * count ({@code hari kedua}, {@code hari ke-5}). The words and their values are {@code numbers.txt}.
 */
public final class IndonesianNumber {

    /** The kinds of {@code numbers.txt}'s first column. */
    private enum Kind { UNIT, SCALE, ROUND, ORDINAL }

    private static final Map<Kind, Map<String, Double>> WORDS = read();

    private static final Map<String, Double> UNITS = WORDS.get(Kind.UNIT);
    private static final Map<Integer, String> UNIT_WORDS = UNITS.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(e -> e.getValue().intValue(), Map.Entry::getKey));
    private static final Map<String, Double> SCALES = WORDS.get(Kind.SCALE);
    /** Round plurals and the smallest number each allows. */
    private static final Map<String, Double> ROUND = WORDS.get(Kind.ROUND);
    private static final Map<String, Double> ORDINALS = WORDS.get(Kind.ORDINAL);

    /**
     * The words that build a number out of units, which {@link #words} reads itself: {@code seratus}, {@code dua
     * belas}, {@code lima puluh}, {@code tiga ratus}.
     */
    private static final List<String> BUILDERS = List.of("seratus", "seribu", "sejuta", "belas", "puluh", "ratus");
    /** The builders that stand after a unit, never first: {@code belas}, {@code puluh}, {@code ratus}. */
    private static final Set<String> AFTER_A_UNIT = Set.of("belas", "puluh", "ratus");

    /**
     * Any word of a number written in words ({@code empat}, {@code dua puluh lima}, {@code tiga ribu}), for
     * patterns over running text: the units but zero, the builders and the scale words written out (short
     * forms, {@code jt}, {@code M}, stand only after digits).
     */
    public static final String WORD = alternation(Stream.concat(Stream.concat(
            UNITS.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey), BUILDERS.stream()),
            writtenOutScales()));
    /** A round plural ({@code puluhan}, {@code ribuan}), for patterns over running text. */
    public static final String ROUND_WORD = alternation(ROUND.keySet().stream());
    /**
     * A scale word written out ({@code ribu}, {@code juta}, {@code miliar}, {@code milyar}, {@code triliun}), for
     * patterns over running text; the short forms ({@code jt}, {@code M}) are left out.
     */
    public static final String SCALE_WORD = alternation(writtenOutScales());
    // The notations digits are read in, compiled once: every amount and every word a quote is compared by is read
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?");
    private static final Pattern ENGLISH_GROUPED = Pattern.compile("\\d{1,3}(?:,\\d{3}){2,}(?:\\.\\d+)?");
    private static final Pattern ENGLISH_GROUPED_DECIMALS = Pattern.compile("\\d{1,3},\\d{3},\\d{1,2}");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+(?:,\\d+)?");
    private static final Pattern DECIMAL_POINT = Pattern.compile("\\d+\\.\\d{1,2}");
    private static final Pattern THOUSANDS_COMMA = Pattern.compile("[1-9]\\d{0,2},\\d{3}");
    private static final Pattern ORDINAL_JOINT = Pattern.compile("[\\s-]");

    /**
     * A phrase whose number word counts nothing ({@code salah satu}, one of; {@code satu-satunya}, the only:
     * {@code number-idioms.txt}), standing as a whole word.
     */
    private static final Pattern IDIOM = Pattern.compile("(?<![\\p{L}\\p{N}-])(?:" + WordLists.alternation("number-idioms.txt")
            + ")(?![\\p{L}\\p{N}-])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** What parts the words of a phrase: a run of spaces or a hyphen. */
    private static final Pattern PHRASE_JOINT = Pattern.compile("[\\s-]+");

    /** An ordinal written as a word ({@code kedua}) or as {@code ke-5}, for patterns over running text. */
    public static final String ORDINAL = "(?:" + WordLists.alternation(List.copyOf(ORDINALS.keySet())) + "|ke-?\\s?\\d{1,3})";

    private IndonesianNumber() {
    }

    /** Words as a regular expression's group of alternatives, the longest first so none stops inside another. */
    private static String alternation(Stream<String> words) {
        return "(?:" + WordLists.alternation(words.toList()) + ")";
    }

    /** The scale words written out, longer than their short forms ({@code juta}, not {@code jt}). */
    private static Stream<String> writtenOutScales() {
        return SCALES.keySet().stream().filter(w -> w.length() > 2);
    }

    /**
     * Whether a number in words opens with a word that needs a number before it: a scale ({@code ribu}) or a builder
     * that follows a unit ({@code puluh}).
     */
    public static boolean opensWithoutNumber(String written) {
        String first = Whitespace.split(written.toLowerCase(Locale.ROOT).strip())[0];
        return AFTER_A_UNIT.contains(first) || !Double.isNaN(scale(first));
    }

    /** The value of digits in Indonesian notation, or NaN if they are not a number. */
    public static double digits(String written) {
        String s = written.strip();
        if (GROUPED.matcher(s).matches()) {
            return Double.parseDouble(s.replace(".", "").replace(',', '.'));
        }
        if (ENGLISH_GROUPED.matcher(s).matches()) {
            return Double.parseDouble(s.replace(",", "")); // English grouping, as in 1,000,000
        }
        if (ENGLISH_GROUPED_DECIMALS.matcher(s).matches()) {
            // thousands grouped the English way, decimals the Indonesian way: "USD1,507,4 per ounce" is 1507.4
            return Double.parseDouble(s.substring(0, s.lastIndexOf(',')).replace(",", "") + "."
                    + s.substring(s.lastIndexOf(',') + 1));
        }
        if (DECIMAL_COMMA.matcher(s).matches()) {
            return Double.parseDouble(s.replace(',', '.'));
        }
        if (DECIMAL_POINT.matcher(s).matches()) {
            return Double.parseDouble(s); // a decimal point, as in 1.5 juta
        }
        return Double.NaN;
    }

    /**
     * The value of a count of people or things, which is whole: a comma before exactly three digits
     * groups thousands there, in the English way some outlets copy ({@code 3,104 orang mengungsi} is
     * 3104, where another outlet writes {@code 3.104 orang}); any other value is kept.
     */
    public static double wholeCount(String written, double value) {
        return THOUSANDS_COMMA.matcher(written.strip()).matches() ? Math.round(value * 1000) : value;
    }

    /** The number a unit word stands for ({@code lima} is 5), or NaN. */
    public static double unit(String word) {
        Double v = UNITS.get(word.toLowerCase(Locale.ROOT));
        return v == null ? Double.NaN : v;
    }

    /** The unit word for a number ({@code 5} is {@code lima}), or null when no unit word stands for it. */
    public static String unitWord(int value) {
        return UNIT_WORDS.get(value);
    }

    /** The factor of a scale word ({@code juta} is 1e6), or NaN. */
    public static double scale(String word) {
        Double f = SCALES.get(word.toLowerCase(Locale.ROOT));
        return f == null ? Double.NaN : f;
    }

    /** The smallest number a round plural allows ({@code ribuan} is 1000), or NaN. */
    public static double round(String word) {
        Double f = ROUND.get(word.toLowerCase(Locale.ROOT));
        return f == null ? Double.NaN : f;
    }

    /**
     * The value of a number written in words ({@code dua ratus lima puluh}, {@code seribu}), or NaN.
     * Round plurals may lead ({@code puluhan ribu} is 10000). A unit word written twice in a row is written once
     * by a slip: no number of the language repeats one ({@code empat dari delapan delapan jenazah}, okezone.com, 16
     * September 2019, is eight bodies, not sixteen; {@code satu satu motor milik pelaku} one motorbike).
     */
    public static double words(String written) {
        String text = written.toLowerCase(Locale.ROOT).trim();
        double total = 0;
        double group = 0;
        double current = 0;
        boolean any = false;
        String previous = "";
        // the words between runs of spaces (as a split on \s+ cuts them) without a matcher: this is asked of each
        // word of every number, claim and quote compared, and a split's matcher was a tenth of the run's allocation
        for (int start = 0, end; start <= text.length(); start = skipSpaces(text, end)) {
            end = start;
            while (end < text.length() && !isSpace(text.charAt(end))) {
                end++;
            }
            String w = text.substring(start, end);
            double roundValue = round(w);
            Double unit = UNITS.get(w);
            boolean repeated = w.equals(previous);
            previous = w;
            if (unit != null && repeated) {
                continue;
            }
            if (!Double.isNaN(roundValue)) {
                current += roundValue;
            } else if (unit != null) {
                current += unit;
            } else if (w.equals("seratus")) {
                group += 100;
            } else if (w.equals("seribu")) {
                total += 1000;
            } else if (w.equals("sejuta")) {
                total += 1e6;
            } else if (w.equals("belas")) {
                current += 10;
            } else if (w.equals("puluh")) {
                current *= 10;
            } else if (w.equals("ratus")) {
                group += current * 100;
                current = 0;
            } else if (!Double.isNaN(scale(w)) && w.length() > 2) {
                total += (group + current == 0 ? 1 : group + current) * scale(w);
                group = 0;
                current = 0;
            } else {
                return Double.NaN;
            }
            any = true;
        }
        return any ? total + group + current : Double.NaN;
    }

    /**
     * The text with the number words of its idioms that count nothing taken out and their other words kept
     * ({@code salah satu institusi} as {@code salah institusi}, {@code satu per satu} as {@code per}), so that a
     * reading of its figures finds none there.
     */
    public static String withoutIdioms(String text) {
        return IDIOM.matcher(text).replaceAll(m -> Matcher.quoteReplacement(PHRASE_JOINT.splitAsStream(m.group())
                .filter(w -> !UNITS.containsKey(w.toLowerCase(Locale.ROOT))).collect(Collectors.joining(" "))));
    }

    /** The end of the run of spaces at {@code from}, or past the text's end where the text ends there. */
    private static int skipSpaces(String text, int from) {
        if (from == text.length()) {
            return from + 1;
        }
        while (from < text.length() && isSpace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    /** A space as a regular expression's {@code \s} matches one. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The number an ordinal stands for ({@code kelima} is 5, {@code ke-12} is 12), or 0. */
    public static int ordinal(String word) {
        String key = ORDINAL_JOINT.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
        Double named = ORDINALS.get(key);
        if (named != null) {
            return named.intValue();
        }
        if (key.startsWith("ke") && key.length() > 2 && key.substring(2).chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(key.substring(2));
        }
        return 0;
    }

    private static Map<Kind, Map<String, Double>> read() {
        Map<Kind, Map<String, Double>> out = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            out.put(kind, new HashMap<>());
        }
        for (String line : WordLists.read(IndonesianNumber.class, "numbers.txt")) {
            String[] columns = Whitespace.split(line);
            if (columns.length != 3) {
                throw new IllegalStateException("numbers.txt: not kind, word, value: " + line);
            }
            out.get(Kind.valueOf(columns[0].toUpperCase(Locale.ROOT))).put(columns[1], Double.parseDouble(columns[2]));
        }
        out.replaceAll((kind, words) -> Map.copyOf(words));
        return out;
    }
}
