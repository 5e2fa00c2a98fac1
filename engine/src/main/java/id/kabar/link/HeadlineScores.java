package id.kabar.link;

import id.kabar.lang.WordLists;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scores a headline writes ({@code Timnas Indonesia U-19 Menang Tipis 1-0 atas Iran}, {@code Hasil Timnas U-19:
 * Indonesia Vs Iran 1-0}). A result's reports of one day headline its score and its sides, whatever else their words
 * say: two headlines of one day that write one score and share their key words tell one match.
 *
 * <p>A quake's magnitude is such a figure too ({@code Gempa M5,7 Terjadi di Melonguane Sulut}, {@code Kepulauan Talaud
 * Diguncang Gempa 5,7 SR}): each outlet headlines the quake by another of its places and words, while the magnitude
 * it writes is the agency's one figure, so two headlines of one day writing one magnitude tell one quake even where
 * their words lie apart ({@link #magnitude}). On the CLICK-ID week (10-16 Sep 2019) the Talaud quake of 11 September,
 * two events of two outlets' reports each before, became one event and one story, the only pairs of the week that moved:
 * events B-cubed F1 on the tune labels 0.898 to 0.901, stories 0.908 to 0.910, every other figure unchanged.
 */
final class HeadlineScores {
    /**
     * A score: two numbers of one or two digits joined by a dash, standing alone: not a range of figures ({@code
     * 6.296-6.488}), a range of days ({@code 14-15/9/2019}) or a code ({@code K2-18b}, {@code U-16}).
     */
    private static final Pattern SCORE = Pattern.compile("(?<![\\p{L}\\d.,/-])(\\d{1,2}) ?- ?(\\d{1,2})(?![\\p{L}\\d.,/-])");

    /**
     * A quake's magnitude: a number with one decimal, after a mark ({@code M5,7}, {@code Magnitudo 5,7},
     * {@code magnitude-marks.txt}) or before a unit ({@code 5,7 SR}, {@code magnitude-units.txt}).
     */
    private static final Pattern MAGNITUDE = Pattern.compile("(?<![\\p{L}\\d.,])(?:(?:"
            + WordLists.alternation("magnitude-marks.txt") + ") ?(\\d)[,.](\\d)|(\\d)[,.](\\d) ?(?:"
            + WordLists.alternation("magnitude-units.txt") + "))(?![\\p{L}\\d.,])", Pattern.CASE_INSENSITIVE);
    /** How a magnitude is kept among the scores: {@code M5.7}, which no score reads as. */
    private static final String MAGNITUDE_MARK = "M";

    private HeadlineScores() {
    }

    /**
     * The scores the headline writes, as {@code goals-goals}, and the magnitudes, as {@code M5.7}; none for null, or for a headline reporting someone's words
     * ({@link HappeningKinds#spoken}: "Dibantai Thailand 0-3, McMenemy: Kami Harus" tells what the coach said after the
     * match, another happening).
     */
    static Set<String> of(String headline) {
        Set<String> scores = new TreeSet<>();
        if (headline == null || HappeningKinds.spoken(HappeningKinds.of(headline))) {
            return scores;
        }
        Matcher m = SCORE.matcher(headline);
        while (m.find()) {
            scores.add(Integer.parseInt(m.group(1)) + "-" + Integer.parseInt(m.group(2)));
        }
        Matcher magnitude = MAGNITUDE.matcher(headline);
        while (magnitude.find()) {
            int whole = magnitude.group(1) != null ? 1 : 3;
            scores.add(MAGNITUDE_MARK + magnitude.group(whole) + "." + magnitude.group(whole + 1));
        }
        return scores;
    }

    /** Whether a figure of {@link #of} is a quake's magnitude rather than a match's score. */
    static boolean magnitude(String figure) {
        return figure.startsWith(MAGNITUDE_MARK);
    }
}
