package id.kabar.link;

import id.kabar.lang.WordLists;
import java.util.regex.Pattern;

/**
 * Whether a headline names a happening that spreads over a region for days and is told town by town
 * ({@code spreading-happenings.txt}: the haze of the forest and land fires, {@code Kabut Asap}, {@code Karhutla}). Each
 * town's report is a happening of its own, and their headlines name different places, yet they are one story: on
 * CLICK-ID's 12 September 2019 the haze's reports from Pekanbaru, Pangkalan Bun, Palangka Raya and Padangsidimpuan stood
 * in ten stories, their words resembling one another at 0.1 to 0.3, no more than a haze report and one of a town's
 * smoke from a burning dump.
 */
final class HeadlineSpreads {
    private static final Pattern SPREADING = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])(?:" + WordLists.alternation("spreading-happenings.txt") + ")(?![\\p{L}\\p{N}])");

    private HeadlineSpreads() {
    }

    /** Whether the headline names a happening spread over a region; false for none. */
    static boolean of(String headline) {
        return headline != null && SPREADING.matcher(headline).find();
    }
}
