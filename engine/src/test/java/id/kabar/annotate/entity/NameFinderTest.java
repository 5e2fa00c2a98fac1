package id.kabar.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The entity stage's finder of names its tagger missed, on phrases that name a speaker. */
class NameFinderTest {

    /** Whitespace-separated tokens of one sentence; a capitalised first word is taken for a sentence opener. */
    private record Words(List<String> words) implements NameFinder.Tokens {
        @Override
        public int size() {
            return words.size();
        }

        @Override
        public String word(int i) {
            return words.get(i);
        }

        @Override
        public String lower(int i) {
            return words.get(i).toLowerCase(Locale.ROOT);
        }

        @Override
        public boolean isWord(int i) {
            return Character.isLetterOrDigit(words.get(i).charAt(0));
        }

        @Override
        public boolean isCapitalised(int i) {
            return Character.isUpperCase(words.get(i).charAt(0));
        }

        @Override
        public boolean isNameLike(int i) {
            return i > 0;
        }

        @Override
        public boolean inHeading(int i) {
            return false;
        }

        @Override
        public String text(int from, int to) {
            return String.join(" ", words.subList(from, to));
        }
    }

    private static NameFinder finder(String sentence) {
        return new NameFinder(new Words(List.of(sentence.split(" "))), w -> w.equals("menurut"), w -> w.equals("van"));
    }

    @Test
    void thePersonAfterTheBodyTheyServe() {
        // "kata Kabag Komunikasi Publik Kementerian PANRB Suwardi" (IndoSum)
        String s = "kata Kabag Komunikasi Publik Kementerian PANRB Suwardi";
        assertThat(finder(s).capitalisedName(1, 7)).hasValue("Suwardi");
    }

    @Test
    void aSurnameAloneStandsForTheFullNameWrittenBefore() {
        String s = "juru bicara Kremlin Dmitry Peskov membantah . ujar Peskov";
        assertThat(finder(s).capitalisedName(8, 9)).hasValue("Dmitry Peskov");
    }

    @Test
    void aNameBeforeAPersonsTitleAndAParticleInsideAName() {
        assertThat(finder("ujar Volodymyr Zelensky Presiden Ukraina").capitalisedName(1, 5)).hasValue("Volodymyr Zelensky");
        assertThat(finder("kata Virgil van Dijk").capitalisedName(1, 4)).hasValue("Virgil van Dijk");
    }

    @Test
    void noNameInAPhraseOfOrdinaryWords() {
        assertThat(finder("kata pejabat itu").capitalisedName(1, 3)).isEmpty();
    }
}
