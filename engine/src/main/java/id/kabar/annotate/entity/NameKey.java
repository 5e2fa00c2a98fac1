package id.kabar.annotate.entity;

import id.kabar.lang.Honorifics;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

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

    private NameKey() {
    }

    /** The folded key of a whole name, words joined by single spaces. */
    public static String of(String name) {
        return String.join(" ", words(name));
    }

    /** The folded words of a name, honorifics and degrees left out. */
    public static List<String> words(String name) {
        String s = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFKD);
        List<String> out = new ArrayList<>(4);
        StringBuilder bare = new StringBuilder(16);
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (Character.isWhitespace(c) || c == ',' || c == '.' && endsInitials(s, i)) {
                addWord(bare, out);
            } else if (Character.isLetterOrDigit(c) || c == '-') {
                bare.append(Character.toLowerCase(c));
            }
        }
        return out;
    }

    /**
     * Whether the dot at {@code dot} closes initials written with no space before the name ({@code B.J.Habibie},
     * the same as {@code BJ Habibie}): two initials or more, each a capital and a dot, then a capital and lower
     * case. One initial is no such run: {@code S.Kom} is a degree.
     */
    private static boolean endsInitials(String s, int dot) {
        if (dot + 2 >= s.length() || !Character.isUpperCase(s.charAt(dot + 1)) || !Character.isLowerCase(s.charAt(dot + 2))) {
            return false;
        }
        int initials = 0;
        int at = dot;
        while (at >= 1 && s.charAt(at) == '.' && Character.isUpperCase(s.charAt(at - 1))) {
            initials++;
            at -= 2;
        }
        return initials >= 2 && (at < 0 || Character.isWhitespace(s.charAt(at)));
    }

    private static void addWord(StringBuilder bare, List<String> out) {
        if (bare.length() == 0) {
            return;
        }
        String word = bare.toString();
        bare.setLength(0);
        if (!Honorifics.isHonorific(word.replace("-", ""))) {
            out.add(fold(word));
        }
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** Whether a written word is an honorific or degree ({@code Dr.}, {@code H.}, {@code M.Si.}). */
    public static boolean isHonorific(String word) {
        StringBuilder bare = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                bare.append(Character.toLowerCase(c));
            }
        }
        return bare.length() > 0 && Honorifics.isHonorific(bare.toString());
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
