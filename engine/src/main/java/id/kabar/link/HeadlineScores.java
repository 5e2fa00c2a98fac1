package id.kabar.link;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scores a headline writes ({@code Timnas Indonesia U-19 Menang Tipis 1-0 atas Iran}, {@code Hasil Timnas U-19:
 * Indonesia Vs Iran 1-0}). A result's reports of one day headline its score and its sides, whatever else their words
 * say: two headlines of one day that write one score and share their key words tell one match.
 */
final class HeadlineScores {
    /**
     * A score: two numbers of one or two digits joined by a dash, standing alone: not a range of figures ({@code
     * 6.296-6.488}), a range of days ({@code 14-15/9/2019}) or a code ({@code K2-18b}, {@code U-16}).
     */
    private static final Pattern SCORE = Pattern.compile("(?<![\\p{L}\\d.,/-])(\\d{1,2}) ?- ?(\\d{1,2})(?![\\p{L}\\d.,/-])");

    private HeadlineScores() {
    }

    /**
     * The scores the headline writes, as {@code goals-goals}; none for null, or for a headline reporting someone's words
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
        return scores;
    }
}
