package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Background pieces and the reports of the day: CLICK-ID headlines of 10 September 2019, the day of Indonesia v
 * Thailand, when kompas.com's record of the two sides' past meetings read close to each broadcast notice of the match.
 */
class HeadlineBackgroundsTest {
    private static final LocalDate TUESDAY = LocalDate.of(2019, 9, 10);

    @Test
    void aHeadlineOpeningWithAListedPhraseOpensABackgroundPiece() {
        assertThat(HeadlineBackgrounds.of("Rekor Pertemuan Indonesia Vs Thailand, Gajah Perang Lebih Superior")).isTrue();
        assertThat(HeadlineBackgrounds.of("Head To Head Persipura Vs Persija, Macan Kemayoran Unggul Tipis dari Mutiara "
                + "Hitam")).isTrue();
        assertThat(HeadlineBackgrounds.of("Kisah Cinta Habibie dan Ainun, Cara Habibie 'Nembak' Ainun & Momen Haru "
                + "Perayaan Pernikahan")).isTrue();
    }

    @Test
    void aListedPhraseInsideAHeadlineOfTheDayOpensNone() {
        assertThat(HeadlineBackgrounds.of("PT Pos Indonesia Serahkan Prangko Kisah Cinta Habibie - Ainun")).isFalse();
        assertThat(HeadlineBackgrounds.of("Timnas Indonesia vs Thailand, McMenemy: Jangan Khawatirkan Rekor")).isFalse();
        assertThat(HeadlineBackgrounds.of("Rekor Kandang PSM Makassar Berakhir, Kalezic Beberkan Penyebabnya")).isFalse();
        assertThat(HeadlineBackgrounds.of(null)).isFalse();
    }

    @Test
    void aBackgroundPieceJoinsNoReportOfTheDayButAnotherBackgroundPiece() {
        List<ArticleProfile> profiles = List.of(
                article(0, "Link Live Streaming Indonesia Vs Thailand, Kickoff 19.30 WIB"),
                article(1, "Rekor Pertemuan Indonesia Vs Thailand, Gajah Perang Lebih Superior"),
                article(2, "Siaran Langsung Timnas Indonesia vs Thailand di TVRI dan Mola TV"),
                article(3, "Head to Head Indonesia Vs Thailand, Gajah Perang Unggul"));
        EventClusterer clusterer = new EventClusterer(new Partition(), profiles::get);
        profiles.forEach(p -> clusterer.add(p.seq()));

        assertThat(clusterer.backgroundBetween(1, 0)).isTrue();
        assertThat(clusterer.backgroundBetween(2, 1)).isTrue();
        assertThat(clusterer.backgroundBetween(2, 0)).isFalse();
        assertThat(clusterer.backgroundBetween(3, 1)).isFalse();
    }

    private static ArticleProfile article(int seq, String title) {
        return new ArticleProfile(seq, "a" + seq, null, TUESDAY, title, List.of(TUESDAY), TUESDAY, null, new int[0],
                new float[0], new int[0], new float[0], new int[0], List.of(), List.of(), null, 0, null, 0, new int[0],
                new int[0], new int[0], HappeningKinds.of(title), new int[0], TUESDAY, null, null, null);
    }
}
