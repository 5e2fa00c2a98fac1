package id.kabar.link;

import id.kabar.lang.WordLists;
import java.util.regex.Pattern;

/**
 * Whether a headline opens a background piece ({@code background-openers.txt}): what went before a happening, told on
 * its day (a fixture's record of past meetings, a couple's love story), not a happening of the day. It shares the
 * matter, names and places of the day's news, so it reads close to each write-up of the day and would join them into one
 * event ({@link EventClusterer#backgroundBetween}).
 */
final class HeadlineBackgrounds {
    private static final Pattern OPENER = Pattern.compile(
            "(?iu)^\\W*(?:" + WordLists.alternation("background-openers.txt") + ")(?![\\p{L}\\p{N}])");

    private HeadlineBackgrounds() {
    }

    /** Whether the headline opens a background piece; false for none. */
    static boolean of(String headline) {
        return headline != null && OPENER.matcher(headline).find();
    }
}
