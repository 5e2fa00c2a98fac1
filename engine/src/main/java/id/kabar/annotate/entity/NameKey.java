package id.kabar.annotate.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The form of a name used to decide whether two mentions are the same entity: honorifics and academic degrees
 * removed, lower-cased, and spelling folded so that variants meet.
 *
 * <p>The folding covers the old Indonesian spelling ({@code oe}/u, {@code tj}/c, {@code dj}/j, {@code j}/y as in
 * {@code Tjahaja}/{@code Cahaya}) and the usual ways of transliterating Slavic and Arabic names
 * ({@code Zelensky}/{@code Zelenskyy}/{@code Zelenskiy}, {@code Crimea}/{@code Krimea}, {@code Donbas}/{@code Donbass}):
 * {@code c} and {@code q} become {@code k}, {@code j} and {@code y} become {@code i}, and doubled letters collapse.
 * Since both sides are folded alike, modern {@code j} folds too. Keys are compared, never shown.
 */
public final class NameKey {

    /** Titles and degrees that are written around a name but are not part of it (compared without periods). */
    static final Set<String> HONORIFICS = Set.of(
            "dr", "drs", "dra", "h", "hj", "kh", "ir", "prof", "hc", "sh", "mh", "msi", "ssi", "se", "mm",
            "mba", "phd", "spd", "mpd", "skom", "st", "mt", "ssos", "sip", "sag", "mag", "ak", "lc", "bapak",
            "pak", "ibu", "bu", "sdr", "sdri", "tuan", "nyonya", "ny", "habib", "ustaz", "ustadz", "kiai",
            "kyai", "gus", "mr", "mrs", "ms", "raden", "rm", "tgh");

    private NameKey() {
    }

    /** The folded key of a whole name, words joined by single spaces. */
    public static String of(String name) {
        return String.join(" ", words(name));
    }

    /** The folded words of a name, honorifics and degrees left out. */
    public static List<String> words(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String raw : s.split("[\\s,]+")) {
            String bare = raw.replaceAll("[^\\p{L}\\p{Nd}-]", "");
            if (bare.isEmpty() || HONORIFICS.contains(bare.replace("-", ""))) {
                continue;
            }
            out.add(fold(bare));
        }
        return out;
    }

    /** Whether a written word is an honorific or degree ({@code Dr.}, {@code H.}, {@code M.Si.}). */
    public static boolean isHonorific(String word) {
        String bare = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        return !bare.isEmpty() && HONORIFICS.contains(bare);
    }

    static String fold(String word) {
        String s = word.replace("oe", "u").replace("tj", "c").replace("dj", "j").replace("ph", "f");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'c' || c == 'q') {
                c = 'k';
            } else if (c == 'y' || c == 'j') {
                c = 'i';
            } else if (!Character.isLetterOrDigit(c) && c != '-') {
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) == c && Character.isLetter(c)) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }
}
