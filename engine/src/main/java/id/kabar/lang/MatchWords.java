package id.kabar.lang;

import java.util.Locale;
import java.util.Set;

/**
 * Words that count a side's matches ({@code match-counters.txt}): {@code laga}, {@code pertandingan}. A count of
 * matches counts one team's or one fighter's; two teams' counts of 17 matches are two things.
 */
public final class MatchWords {
    private static final Set<String> COUNTERS = WordLists.set(MatchWords.class, "match-counters.txt");

    private MatchWords() {
    }

    /** Whether a counting word (or null) counts matches: {@code laga}, {@code Pertandingan}. */
    public static boolean countsMatches(String unit) {
        return unit != null && COUNTERS.contains(unit.toLowerCase(Locale.ROOT));
    }
}
