package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A match's reports of one day headline its score: CLICK-ID, 11 September 2019, okezone.com's "Timnas Indonesia U-19
 * Menang Tipis 1-0 atas Iran" and tempo.co's "Hasil Timnas U-19: Indonesia Vs Iran 1-0", two events before (evidence
 * 0.205 over the week, their headlines' stems 0.769 alike).
 */
class HeadlineScoresTest {
    private static final LocalDate DAY = LocalDate.of(2019, 9, 11);
    private static final String OKEZONE = "Timnas Indonesia U-19 Menang Tipis 1-0 atas Iran";
    private static final String TEMPO = "Hasil Timnas U-19: Indonesia Vs Iran 1-0";

    @Test
    void aHeadlineWritesItsScore() {
        assertThat(HeadlineScores.of(OKEZONE)).containsExactly("1-0");
        assertThat(HeadlineScores.of(TEMPO)).containsExactly("1-0");
        assertThat(HeadlineScores.of("Indonesia vs Thailand: Babak I Skor 0-0 Babak Kedua Indonesia Tertinggal Sementara 0-3"))
                .containsExactly("0-0", "0-3");
    }

    @Test
    void rangesDaysCodesAndSomeonesWordsWriteNoScore() {
        assertThat(HeadlineScores.of("IHSG Diprediksi Bergerak di Level 6.296-6.488")).isEmpty();
        assertThat(HeadlineScores.of("Hasil Pertandingan dan Klasemen Liga Inggris 14-15/9/2019")).isEmpty();
        assertThat(HeadlineScores.of("Bertaburan Batu Permata, Planet K2-18b Penuh Air seperti Bumi")).isEmpty();
        assertThat(HeadlineScores.of("Dibantai Thailand 0-3, McMenemy: Kami Harus")).isEmpty();
    }

    @Test
    void twoHeadlinesOfOneDayWritingOneScoreAndSharingTheirSidesTellOneMatch() {
        Vocabulary vocabulary = new Vocabulary();
        DocumentFrequencies df = new DocumentFrequencies(vocabulary, BackgroundFrequencies.bundled());
        int[] sides = {vocabulary.idOf("timna"), vocabulary.idOf("indonesia"), vocabulary.idOf("iran")};
        int[] other = {vocabulary.idOf("malaysia"), vocabulary.idOf("uea")};
        PairFeatures.Comparer okezone = new PairFeatures.Comparer(article(0, OKEZONE, DAY, sides), df);

        assertThat(okezone.with(article(1, TEMPO, DAY, sides)).sameScore()).isTrue();
        assertThat(okezone.with(article(2, TEMPO, DAY.plusDays(1), sides)).sameScore()).as("the next day").isFalse();
        assertThat(okezone.with(article(3, "Timnas Malaysia Menang 1-0 atas UEA", DAY, other)).sameScore())
                .as("headlines apart: another match of that score").isFalse();
    }

    @Test
    void aQuakesHeadlineWritesItsMagnitude() {
        assertThat(HeadlineScores.of("Gempa M5,7 Terjadi di Melonguane Sulut, Tidak Berpotensi Tsunami")).containsExactly("M5.7");
        assertThat(HeadlineScores.of("Gempa Magnitudo 5,7 di Melonguane, Sulut Pagi Ini")).containsExactly("M5.7");
        assertThat(HeadlineScores.of("Kepulauan Talaud Diguncang Gempa 5,7 SR")).containsExactly("M5.7");
        assertThat(HeadlineScores.of("Gempa Bumi M 6,2 Guncang Halmahera Selatan, Tak Berpotensi Tsunami"))
                .containsExactly("M6.2");
        assertThat(HeadlineScores.of("Jabat Ketua KPK, Firli Bahuri Miliki Harta Kekayaan Rp18,2 Miliar")).isEmpty();
        assertThat(HeadlineScores.of("BMKG: Gempa Halmahera Selatan Magnitudo 6 Akibat Sesar Aktif")).isEmpty();
    }

    /**
     * CLICK-ID, 11 September 2019: sindonews.com's and tempo.co's reports of the Talaud quake, headlines 0.17 alike, two
     * events before.
     */
    @Test
    void twoHeadlinesOfOneDayWritingOneMagnitudeTellOneQuakeThoughTheirWordsLieApart() {
        Vocabulary vocabulary = new Vocabulary();
        DocumentFrequencies df = new DocumentFrequencies(vocabulary, BackgroundFrequencies.bundled());
        int[] sindonews = {vocabulary.idOf("talaud"), vocabulary.idOf("guncang"), vocabulary.idOf("gempa")};
        int[] tempo = {vocabulary.idOf("magnitudo"), vocabulary.idOf("melonguane"), vocabulary.idOf("sulut")};
        PairFeatures.Comparer talaud = new PairFeatures.Comparer(
                article(0, "Kepulauan Talaud Diguncang Gempa 5,7 SR", DAY, sindonews), df);

        PairFeatures oneQuake = talaud.with(article(1, "Gempa Magnitudo 5,7 di Melonguane, Sulut Pagi Ini", DAY, tempo));
        assertThat(oneQuake.headlinesApart()).isTrue();
        assertThat(oneQuake.sameScore()).isTrue();
        assertThat(talaud.with(article(2, "Gempa M4,8 Guncang Jember, Tidak Berpotensi Tsunami", DAY, tempo)).sameScore())
                .as("another magnitude").isFalse();
    }

    /** Evidence read over the whole week with the annotator: 0.205, under the bar. */
    @Test
    void aMatchsReportsOfOneDayAreOneEventThoughTheirWordsDiffer() {
        PairFeatures oneMatch = new PairFeatures(0.319, 0.052, 0, 0, false, 0.769, false, false, false, false, false, true);
        PairFeatures noScore = new PairFeatures(0.319, 0.052, 0, 0, false, 0.769, false, false, false, false, false, false);
        assertThat(EventClusterer.sameEvent(noScore)).isFalse();
        assertThat(EventClusterer.sameEvent(oneMatch)).isTrue();
    }

    private static ArticleProfile article(int seq, String title, LocalDate day, int[] titleStems) {
        int[] stems = titleStems.clone();
        Arrays.sort(stems);
        return new ArticleProfile(seq, "a" + seq, "outlet" + seq, day, title, List.of(day), day, null,
                new int[0], new float[0], new int[0], new float[0], new int[0], List.of(), List.of(), null, 0, null, 0,
                new int[0], new int[0], stems, HappeningKinds.of(title), new int[0], null, null, null, null, false, null);
    }
}
