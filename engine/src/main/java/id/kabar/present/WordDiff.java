package id.kabar.present;

import id.kabar.lang.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Word-level comparison of two wordings of one statement (the same quote in two outlets, or
 * re-translated). Words are compared case-insensitively without punctuation, so "Kami," and
 * "kami" match; the longest common subsequence decides which words are shared.
 */
public final class WordDiff {
    private static final int MAX_WORDS = 400;
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]");

    /** One word as written, and whether the other wording lacks it. */
    public record Word(String text, boolean differs) {
    }

    private WordDiff() {
    }

    /** The words of {@code text}, each marked if it is not shared with {@code other}. */
    public static List<Word> mark(String text, String other) {
        String[] a = words(text);
        String[] b = words(other);
        if (a.length > MAX_WORDS || b.length > MAX_WORDS) {
            // Too long to align cheaply: show it unmarked rather than spend quadratic time.
            return java.util.Arrays.stream(a).map(w -> new Word(w, false)).toList();
        }
        String[] ka = keys(a);
        String[] kb = keys(b);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = ka[i].equals(kb[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Word> out = new ArrayList<>(a.length);
        int i = 0;
        int j = 0;
        while (i < a.length) {
            if (j < b.length && ka[i].equals(kb[j])) {
                out.add(new Word(a[i++], false));
                j++;
            } else if (j < b.length && lcs[i][j + 1] > lcs[i + 1][j]) {
                j++;
            } else {
                out.add(new Word(a[i++], true));
            }
        }
        return out;
    }

    private static String[] words(String text) {
        String t = text.strip();
        return t.isEmpty() ? new String[0] : Whitespace.split(t);
    }

    private static String[] keys(String[] words) {
        String[] keys = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            keys[i] = PUNCTUATION.matcher(words[i]).replaceAll("").toLowerCase(Locale.ROOT);
        }
        return keys;
    }
}
