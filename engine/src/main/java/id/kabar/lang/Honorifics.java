package id.kabar.lang;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Titles, degrees, forms of address and ranks written around a person's name ({@code Prof Dr Ir H.},
 * {@code SH, MSi}, {@code Pak}, {@code Kombes}), read once from {@code honorifics.txt}: no part of the name
 * when names are compared, nor of a speaker's name.
 */
public final class Honorifics {

    /** The kinds of {@code honorifics.txt}'s second column. */
    private enum Kind { TITLE, DEGREE, ADDRESS, RANK }

    private static final Map<String, Kind> KINDS = kinds();
    /** Ranks written in several words ({@code komisaris besar}; {@code written-ranks.txt}), longest first. */
    private static final List<String[]> WRITTEN_RANKS = WordLists.read(Honorifics.class, "written-ranks.txt").stream()
            .map(rank -> rank.split(" "))
            .sorted((a, b) -> b.length - a.length)
            .toList();

    private Honorifics() {
    }

    /** Whether a lower-case word, without its periods, is an honorific of any kind: {@code msi}, {@code kombes}. */
    public static boolean isHonorific(String lowerCase) {
        return KINDS.containsKey(lowerCase);
    }

    /** Whether a lower-case word is an academic or religious title written before a name: {@code dr}, {@code hj}. */
    public static boolean isTitle(String lowerCase) {
        return KINDS.get(lowerCase) == Kind.TITLE;
    }

    /** Whether a lower-case word, without its periods, is an academic degree written after a name: {@code msi}. */
    public static boolean isDegree(String lowerCase) {
        return KINDS.get(lowerCase) == Kind.DEGREE;
    }

    /** Whether a lower-case word is a police or military rank: {@code kompol}, {@code letjen}. */
    public static boolean isRank(String lowerCase) {
        return KINDS.get(lowerCase) == Kind.RANK;
    }

    /**
     * How many words of a rank written out in several ({@code Komisaris Besar}) start at {@code at} in the
     * lower-case words; 0 when none does.
     */
    public static int writtenRankLength(String[] lower, int at) {
        for (String[] rank : WRITTEN_RANKS) {
            if (spelledAt(rank, lower, at)) {
                return rank.length;
            }
        }
        return 0;
    }

    /** Whether a rank written out in several words ends right before {@code end} in the lower-case words. */
    public static boolean endsWrittenRank(String[] lower, int end) {
        for (String[] rank : WRITTEN_RANKS) {
            if (spelledAt(rank, lower, end - rank.length)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words of {@code rank} stand in {@code lower} from {@code from} on. */
    private static boolean spelledAt(String[] rank, String[] lower, int from) {
        return from >= 0 && from + rank.length <= lower.length
                && Arrays.equals(rank, 0, rank.length, lower, from, from + rank.length);
    }

    private static Map<String, Kind> kinds() {
        Map<String, Kind> out = new HashMap<>();
        for (String[] columns : WordLists.pairs(Honorifics.class, "honorifics.txt", "word and kind")) {
            out.put(columns[0], Kind.valueOf(columns[1].toUpperCase(Locale.ROOT)));
        }
        return Map.copyOf(out);
    }
}
