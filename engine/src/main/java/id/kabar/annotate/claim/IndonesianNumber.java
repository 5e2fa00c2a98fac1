package id.kabar.annotate.claim;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads numbers as Indonesian writes them: a period groups thousands ({@code 3.016} is 3016), a comma
 * marks decimals ({@code 5,95}), scale words multiply ({@code 1,2 triliun}, {@code Rp1,2 T}), and
 * numbers may be words ({@code dua puluh lima}, {@code seratus}) or round plurals ({@code ribuan}).
 */
public final class IndonesianNumber {

    private static final Map<String, Double> SCALES = Map.ofEntries(
            Map.entry("ribu", 1e3), Map.entry("rb", 1e3), Map.entry("k", 1e3), Map.entry("juta", 1e6),
            Map.entry("jt", 1e6), Map.entry("miliar", 1e9), Map.entry("milyar", 1e9), Map.entry("m", 1e9),
            Map.entry("triliun", 1e12), Map.entry("t", 1e12));

    private static final List<String> UNITS = List.of("nol", "satu", "dua", "tiga", "empat", "lima", "enam",
            "tujuh", "delapan", "sembilan");

    /** Round plurals and the smallest number each allows. */
    private static final Map<String, Double> ROUND = Map.of(
            "belasan", 10.0, "puluhan", 10.0, "ratusan", 100.0, "ribuan", 1e3, "jutaan", 1e6,
            "miliaran", 1e9, "triliunan", 1e12);

    private IndonesianNumber() {
    }

    /** The value of digits in Indonesian notation, or NaN if they are not a number. */
    public static double digits(String written) {
        String s = written.strip();
        if (s.matches("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?")) {
            return Double.parseDouble(s.replace(".", "").replace(',', '.'));
        }
        if (s.matches("\\d{1,3}(?:,\\d{3}){2,}(?:\\.\\d+)?")) {
            return Double.parseDouble(s.replace(",", "")); // English grouping, as in 1,000,000
        }
        if (s.matches("\\d+(?:,\\d+)?")) {
            return Double.parseDouble(s.replace(',', '.'));
        }
        if (s.matches("\\d+\\.\\d{1,2}")) {
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
        return written.strip().matches("[1-9]\\d{0,2},\\d{3}") ? Math.round(value * 1000) : value;
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
     * Round plurals may lead ({@code puluhan ribu} is 10000).
     */
    public static double words(String written) {
        String[] words = written.toLowerCase(Locale.ROOT).trim().split("\\s+");
        double total = 0;
        double group = 0;
        double current = 0;
        boolean any = false;
        for (String w : words) {
            double roundValue = round(w);
            int unit = UNITS.indexOf(w);
            if (!Double.isNaN(roundValue)) {
                current += roundValue;
            } else if (unit >= 0) {
                current += unit;
            } else if (w.equals("sepuluh")) {
                current += 10;
            } else if (w.equals("sebelas")) {
                current += 11;
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
}
