package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Two CLICK-ID reports of 10 September 2019 on the magnitude 3.4 quake at Palu: Okezone's "Palu Diguncang Gempa
 * Magnitudo 3,4" and Tribunnews's "Gempa Hari Ini - BMKG Catat Gempa 3,4 SR Guncang Palu, Pusat Gempa di Darat". Linked
 * over the whole week with the annotator, their bodies gave a term cosine of 0.561 and an entity overlap of 0.043
 * (evidence 0.348, under the plain bar), their headlines' stems a cosine of 0.584.
 */
class SameKindEaseTest {
    private static final String OKEZONE = "Palu Diguncang Gempa Magnitudo 3,4";
    private static final String TRIBUNNEWS = "Gempa Hari Ini - BMKG Catat Gempa 3,4 SR Guncang Palu, Pusat Gempa di Darat";

    @Test
    void bothHeadlinesNameAQuake() {
        long okezone = HappeningKinds.of(OKEZONE);
        long tribunnews = HappeningKinds.of(TRIBUNNEWS);

        assertThat(okezone & tribunnews).isNotEqualTo(HappeningKinds.NONE);
    }

    @Test
    void twoReportsOfOneDaysQuakeNeedLessThanTheirWordsAlone() {
        PairFeatures quake = new PairFeatures(0.561, 0.043, 0, 0, false, 0.584, false, true);
        PairFeatures noKind = new PairFeatures(0.561, 0.043, 0, 0, false, 0.584, false, false);

        assertThat(EventClusterer.evidence(quake)).isLessThan(EventClusterer.SAME_EVENT);
        assertThat(EventClusterer.sameEvent(quake)).isTrue();
        assertThat(EventClusterer.sameEvent(noKind)).isFalse();
    }

    @Test
    void theEaseHoldsOnOneDayOnlyAndDoesNotAddToTheSameActors() {
        PairFeatures nextDay = new PairFeatures(0.561, 0.043, 0, 1, false, 0.584, false, true);
        // Evidence 0.276: under the bar by more than one ease, though both eases would add up to reach it.
        PairFeatures bothEases = new PairFeatures(0.40, 0.143, 0, 0, false, 0.584, true, true);

        assertThat(EventClusterer.sameEvent(nextDay)).isFalse();
        assertThat(EventClusterer.evidence(bothEases)).isGreaterThan(EventClusterer.SAME_EVENT - 2 * EventClusterer.SAME_KIND_EASE);
        assertThat(EventClusterer.sameEvent(bothEases)).isFalse();
    }
}
