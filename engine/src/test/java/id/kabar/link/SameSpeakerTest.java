package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.Annotator;
import org.junit.jupiter.api.Test;

/**
 * Three CLICK-ID pieces of 10 September 2019 quoting the Indonesian coach Simon McMenemy: okezone.com's "Dibantai Thailand
 * 0-3, McMenemy: Kami Harus" and tribunnews.com's "Suporter Indonesia Kecewa, Simon McMenemy Bicara Soal Ekspektasi
 * Berlebihan", two answers of his press conference after the defeat, and Kompas's "Indonesia Vs Thailand, Pasukan Garuda
 * Akan Tampil Habis-habisan", his words before the match, whose headline reports no one's words.
 */
class SameSpeakerTest {
    private static final Annotator ANNOTATOR = new Annotator();
    private final ComparedArticles coach = new ComparedArticles(
            IndoSumSample.read("/link/clickid-mcmenemy-words.jsonl").stream().map(ANNOTATOR::annotate).toList());

    @Test
    void aPressConferenceWrittenUpPieceByPieceQuotesOneSpeakerMost() {
        assertThat(PairFeatures.mainSpeaker(coach.profile("okezone-3493"))).contains("mcmenemy");
        assertThat(PairFeatures.mainSpeaker(coach.profile("tribunnews-12"))).contains("mcmenemy");
        assertThat(coach.pair("okezone-3493", "tribunnews-12").sameSpeaker()).isTrue();
    }

    @Test
    void aHeadlineThatReportsNoOnesWordsIsNoPieceOfThem() {
        assertThat(PairFeatures.mainSpeaker(coach.profile("kompas-103"))).contains("mcmenemy");
        assertThat(coach.pair("okezone-3493", "kompas-103").sameSpeaker()).isFalse();
    }

    @Test
    void twoPiecesOfOneSpeakersWordsOnOneDayNeedLess() {
        // The two press-conference pieces linked over the whole week with the annotator: evidence 0.266 on one day from
        // two outlets, under the plain bar, headlines 0.22 alike; here a term cosine and an entity overlap that give it.
        PairFeatures pieces = new PairFeatures(0.364, 0.191, 0, 0, false, 0.217, false, false, false, true);
        PairFeatures others = new PairFeatures(0.364, 0.191, 0, 0, false, 0.217, false, false, false, false);
        PairFeatures headlinesApart = new PairFeatures(0.364, 0.191, 0, 0, false, 0.15, false, false, false, true);
        PairFeatures nextDay = new PairFeatures(0.364, 0.191, 0, 1, false, 0.217, false, false, false, true);

        assertThat(EventClusterer.sameEvent(pieces)).isTrue();
        assertThat(EventClusterer.sameEvent(others)).isFalse();
        assertThat(EventClusterer.sameEvent(headlinesApart)).isFalse();
        assertThat(EventClusterer.sameEvent(nextDay)).isFalse();
    }
}
