package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Two CLICK-ID reports of 10 September 2019 on Antam's gold price: Tribunnews's "Harga Emas Antam Turun Rp4.000 Jadi
 * Rp754.000 Per Gram" and Okezone's "Turun Lagi, Harga Emas Antam Dijual Rp754.000/Gram". Linked over the whole week with
 * the annotator, their bodies gave a term cosine of 0.585 and no entity in common (evidence 0.351, under the plain bar),
 * their headlines' stems a cosine of 0.838; neither lead opens with a person, and their headlines name no kind of
 * happening.
 */
class HeadlinesAlikeEaseTest {
    private static final PairFeatures ANTAM = new PairFeatures(0.585, 0.0, 0, 0, false, 0.838);

    @Test
    void twoOutletsHeadliningOneDaysPriceAlikeTellOneHappening() {
        assertThat(EventClusterer.evidence(ANTAM)).isLessThan(EventClusterer.SAME_EVENT);
        assertThat(ANTAM.titleOverlap()).isGreaterThanOrEqualTo(EventClusterer.HEADLINES_ALIKE);
        assertThat(EventClusterer.sameEvent(ANTAM)).isTrue();
    }

    @Test
    void theEaseNeedsHeadlinesAlikeAndOneDay() {
        PairFeatures headlinesLessAlike = new PairFeatures(0.585, 0.0, 0, 0, false, 0.5);
        PairFeatures nextDay = new PairFeatures(0.585, 0.0, 0, 1, false, 0.838);

        assertThat(EventClusterer.sameEvent(headlinesLessAlike)).isFalse();
        assertThat(EventClusterer.sameEvent(nextDay)).isFalse();
    }
}
