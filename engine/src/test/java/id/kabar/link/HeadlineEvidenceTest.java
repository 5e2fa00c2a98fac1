package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Three CLICK-ID reports of 15 September 2019 on the MotoGP race at Misano: Kompas's result ("Hasil MotoGP
 * San Marino, Marc Marquez Menangi Duel Dramatis"), Okezone's result ("Hasil , MotoGP San Marino 2019"), and
 * Okezone's piece on the runner-up's words after it ("Disalip saat , Terakhir, Quartararo Akui Kalah
 * Pengalaman"). The bodies share the race, the circuit and the riders; only the headlines tell the race from
 * what a rider said of it.
 */
class HeadlineEvidenceTest {
    private final ComparedArticles compared = new ComparedArticles(IndoSumSample.read("/link/clickid-motogp-misano.jsonl")
            .stream().map(IndoSumSample::crude).toList());

    @Test
    void twoOutletsResultsOfOneRaceShareTheirHeadlinesKeyWords() {
        PairFeatures results = compared.pair("okezone-3532", "kompas-1384");

        assertThat(results.titleOverlap()).isGreaterThanOrEqualTo(EventClusterer.HEADLINES_APART);
        assertThat(results.headlinesApart()).isFalse();
    }

    @Test
    void aRidersWordsAfterTheRaceAreToldUnderADifferentHeadline() {
        PairFeatures afterwards = compared.pair("okezone-4200", "kompas-1384");

        assertThat(afterwards.sameOutlet()).isFalse();
        assertThat(afterwards.headlinesApart()).isTrue();
    }

    @Test
    void bodiesAsCloseAsOneHappeningsNeedMoreWhenTheHeadlinesLieApart() {
        // Okezone's Quartararo piece and Kompas's result, linked over the whole week with the annotator, had
        // evidence 0.389 on one day from two outlets, above the plain bar, and no headline word in common;
        // here a term cosine and an entity overlap that give that evidence.
        PairFeatures measured = new PairFeatures(0.45, 0.48, 0, 0, false, 0.0);
        PairFeatures withoutHeadlines = new PairFeatures(0.45, 0.48, 0, 0, false, PairFeatures.NO_HEADLINES);

        assertThat(EventClusterer.evidence(measured)).isGreaterThanOrEqualTo(EventClusterer.SAME_EVENT);
        assertThat(EventClusterer.sameEvent(measured)).isFalse();
        assertThat(EventClusterer.sameEvent(withoutHeadlines)).isTrue();
    }
}
