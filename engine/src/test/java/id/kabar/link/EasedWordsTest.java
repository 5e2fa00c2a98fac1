package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Two CLICK-ID pieces of 10 September 2019 whose leads open with the sick BJ Habibie: tempo.co's explainer of a leaking
 * heart valve ("Penyebab Kebocoran Klep Jantung seperti Pernah Dialami BJ Habibie") and tribunnews.com's report of the
 * rumour of his death ("Viral Isu BJ Habibie Meninggal Dunia, RSPAD Lengang, Petugas Akui Tak Tahu Menahu"). Linked over
 * the whole week with the annotator, the pair had a term cosine of 0.225, an entity overlap of 0.715, no statement in
 * common and headlines 0.212 alike: evidence 0.314, under the plain bar and above the bar the same lead actor eases to.
 */
class EasedWordsTest {
    @Test
    void twoPiecesSharingTheirActorsNameButHardlyAWordGetNoEase() {
        PairFeatures measured = new PairFeatures(0.225, 0.715, 0, 0, false, 0.212, true, false);

        assertThat(EventClusterer.evidence(measured))
                .isLessThan(EventClusterer.SAME_EVENT)
                .isGreaterThanOrEqualTo(EventClusterer.SAME_EVENT - EventClusterer.SAME_ACTOR_EASE);
        assertThat(EventClusterer.sameEvent(measured)).isFalse();
    }

    @Test
    void twoPiecesOfOneActorTellingTheMatterInSomeOfTheSameWordsAreEased() {
        PairFeatures worded = new PairFeatures(EventClusterer.EASED_WORDS, 0.68, 0, 0, false, 0.212, true, false);

        assertThat(EventClusterer.evidence(worded)).isLessThan(EventClusterer.SAME_EVENT);
        assertThat(EventClusterer.sameEvent(worded)).isTrue();
    }
}
