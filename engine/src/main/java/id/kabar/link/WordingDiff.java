package id.kabar.link;

import id.kabar.lang.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How two renderings of one statement differ, word by word, for display: runs of words both share,
 * words only the first has, words only the second has.
 */
public record WordingDiff(List<Segment> segments) {
    public enum Change { SAME, ONLY_FIRST, ONLY_SECOND }

    /** A run of consecutive words with the same change. */
    public record Segment(Change change, String text) {
    }

    public WordingDiff {
        segments = List.copyOf(segments);
    }

    /** The word-level difference (longest common subsequence, case-insensitive). */
    public static WordingDiff between(String first, String second) {
        String[] a = words(first);
        String[] b = words(second);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = same(a[i], b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Segment> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && same(a[i], b[j])) {
                append(out, Change.SAME, a[i++]);
                j++;
            } else if (i < a.length && (j == b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
                // On ties the first rendering's words come first, as a reader expects "was ... now ...".
                append(out, Change.ONLY_FIRST, a[i++]);
            } else {
                append(out, Change.ONLY_SECOND, b[j++]);
            }
        }
        return new WordingDiff(out);
    }

    /** Share of the words of both renderings that they have in common. */
    public double agreement() {
        int same = 0;
        int total = 0;
        for (Segment s : segments) {
            int n = s.text().split(" ").length;
            total += s.change() == Change.SAME ? 2 * n : n;
            same += s.change() == Change.SAME ? 2 * n : 0;
        }
        return total == 0 ? 1 : (double) same / total;
    }

    private static boolean same(String x, String y) {
        return strip(x).equals(strip(y));
    }

    private static String strip(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String[] words(String text) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() ? new String[0] : Whitespace.split(t);
    }

    private static void append(List<Segment> out, Change change, String word) {
        if (!out.isEmpty() && out.get(out.size() - 1).change() == change) {
            Segment last = out.remove(out.size() - 1);
            out.add(new Segment(change, last.text() + " " + word));
        } else {
            out.add(new Segment(change, word));
        }
    }
}
