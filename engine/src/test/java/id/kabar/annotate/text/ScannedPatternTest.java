package id.kabar.annotate.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ScannedPatternTest {
    /** A weekday at a word's start, the shape of the day patterns: a lookbehind, then an alternation. */
    private static final ScannedPattern WEEKDAY = new ScannedPattern(Pattern.compile(
            "(?<![\\p{L}\\d])(?:Senin|Selasa|Rabu)(?:\\s+(?:pagi|sore))?(?![\\p{L}\\d])"));

    private static List<String> found(ScannedPattern pattern, String text, int from, int to) {
        ScannedPattern.Scan scan = pattern.scan(text, from, to);
        List<String> out = new java.util.ArrayList<>();
        while (scan.find()) {
            out.add(text.substring(scan.matcher().start(), scan.matcher().end()));
        }
        return out;
    }

    @Test
    void triesOnlyWhereTheFirstTwoLettersCanOpenAMatch() {
        String text = "Rapat digelar Selasa sore, setelah Rabu.";
        assertThat(WEEKDAY.mayBeginAt(text, text.indexOf("Selasa"), text.length())).isTrue();
        assertThat(WEEKDAY.mayBeginAt(text, text.indexOf("Rabu"), text.length())).isTrue();
        // "Ra" of "Rapat" may open "Rabu"; "ap" and "di" open nothing
        assertThat(WEEKDAY.mayBeginAt(text, 0, text.length())).isTrue();
        assertThat(WEEKDAY.mayBeginAt(text, 1, text.length())).isFalse();
        assertThat(WEEKDAY.mayBeginAt(text, text.indexOf("digelar"), text.length())).isFalse();
        assertThat(found(WEEKDAY, text, 0, text.length())).containsExactly("Selasa sore", "Rabu");
    }

    @Test
    void lookaroundsReadPastTheRegionAsFindDoes() {
        String text = "Kunjungan XSenin dan Senin pagi, Seninnya";
        // "Senin" after "X" fails its lookbehind even though the region starts at the S
        assertThat(found(WEEKDAY, text, text.indexOf("Senin"), text.length())).containsExactly("Senin pagi");
        // the region ends inside "pagi": the match stops before it; it ends after "Senin" of "Seninnya",
        // whose lookahead still reads the "n" past the region
        assertThat(found(WEEKDAY, text, 0, text.indexOf("agi"))).containsExactly("Senin");
        assertThat(found(WEEKDAY, text, text.indexOf(','), text.indexOf("nya"))).isEmpty();
    }

    @Test
    void aCharacterOutsideAsciiIsAlwaysTried() {
        ScannedPattern euro = new ScannedPattern(Pattern.compile("€\\s?\\d+"));
        assertThat(found(euro, "harganya €15 per lembar", 0, 23)).containsExactly("€15");
    }

    @Test
    void findsWhatFindFindsInNewsText() {
        assertThat(ScanEquivalence.assertSameMatches(WEEKDAY, ScanEquivalence.bodies())).isPositive();
    }
}
