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
        // "Ra" of "Rapat" may open "Rabu" (read alone where the region ends after it), "Rap" may not; "ap" and "di"
        // open nothing
        assertThat(WEEKDAY.mayBeginAt(text, 0, 2)).isTrue();
        assertThat(WEEKDAY.mayBeginAt(text, 0, text.length())).isFalse();
        assertThat(WEEKDAY.mayBeginAt(text, 1, text.length())).isFalse();
        assertThat(WEEKDAY.mayBeginAt(text, text.indexOf("digelar"), text.length())).isFalse();
        assertThat(found(WEEKDAY, text, 0, text.length())).containsExactly("Selasa sore", "Rabu");
    }

    @Test
    void triesOnlyWhereTheFirstThreeLettersCanOpenAMatchAfterAPairOfLetters() {
        // tempo.co, 11 September 2019
        String text = "Fraksi PAN DPRD DKI, kata Zita, telah menyampaikan usulan pembentukan payung hukum untuk PAUD kepada "
                + "Anies Baswedan pada Selasa, 10 September kemarin.";
        ScannedPattern fromToday = new ScannedPattern(Pattern.compile(
                "(?<![\\p{L}\\d])(?:[Kk]emarin|[Pp]agi\\s+ini|[Ss]emalam)(?![\\p{L}\\d])"));
        // "ke" and "pa" may open "kemarin" and "pagi ini"; "kep" and "pad" open neither, "kem" may
        assertThat(fromToday.mayBeginAt(text, text.indexOf("kepada"), text.length())).isFalse();
        assertThat(fromToday.mayBeginAt(text, text.indexOf("pada"), text.length())).isFalse();
        assertThat(fromToday.mayBeginAt(text, text.indexOf("kemarin"), text.length())).isTrue();
        // where the region ends after two letters, the third is not read: the pattern is tried
        assertThat(fromToday.mayBeginAt(text, text.indexOf("kepada"), text.indexOf("kepada") + 2)).isTrue();
        // a third character that is no letter is always tried
        assertThat(fromToday.mayBeginAt("Ke-3", 0, 4)).isTrue();
        assertThat(found(fromToday, text, 0, text.length())).containsExactly("kemarin");
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
    void passesOverTheOffsetsInsideAWordWhenEveryMatchOpensOne() {
        String text = "Kunjungan XSenin dan Senin pagi, 2Rabu";
        // "Se" may open "Selasa", but after the "X" no match can begin; after the space one may
        assertThat(WEEKDAY.mayBeginAt(text, text.indexOf("Senin"), text.length())).isFalse();
        assertThat(WEEKDAY.mayBeginAt(text, text.lastIndexOf("Senin"), text.length())).isTrue();
        assertThat(WEEKDAY.mayBeginAt(text, text.indexOf("Rabu"), text.length())).isFalse();
        // an alternative outside the lookbehind's reach matches inside a word: every offset is tried as before
        ScannedPattern either = new ScannedPattern(Pattern.compile("(?<![\\p{L}\\d])Rabu|Senin"));
        assertThat(found(either, text, 0, text.length())).containsExactly("Senin", "Senin");
    }

    @Test
    void readsAnAlternativeOnlyOutsideEveryGroupAndClass() {
        assertThat(ScannedPattern.alternatesOutsideGroups("(?<![\\p{L}\\d])(?:Senin|Selasa)(?![\\p{L}])")).isFalse();
        assertThat(ScannedPattern.alternatesOutsideGroups("(?<![\\p{L}\\d])[|(]\\|\\(Senin")).isFalse();
        assertThat(ScannedPattern.alternatesOutsideGroups("(?<![\\p{L}\\d])(?:Senin)|Selasa")).isTrue();
        // what it does not read counts as an alternative: the pattern is then tried everywhere
        assertThat(ScannedPattern.alternatesOutsideGroups("(?<![\\p{L}\\d])[a-z&&[^aeiou]]")).isTrue();
        assertThat(ScannedPattern.alternatesOutsideGroups("(?<![\\p{L}\\d])\\Q(a\\E")).isTrue();
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
