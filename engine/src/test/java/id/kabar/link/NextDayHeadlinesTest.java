package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Two CLICK-ID reports of the DPR's demand that the KPK candidates sign a sealed statement: okezone.com's report of the
 * demand, made at the hearing of 9 September 2019 ("DPR Minta Capim KPK Teken 'Kontrak Politik' saat"), and kompas.com's
 * piece of 10 September on a scholar's word against it ("Surat Pernyataan Bermeterai untuk Capim KPK Dinilai Tak
 * Perlu"). Linked over the whole week with the annotator, the pair had a term cosine of 0.473, an entity overlap of 0.438,
 * one statement both tell as their speakers' own, reference days one apart and headlines 0.339 alike: evidence 0.543,
 * above the next day's bar.
 */
class NextDayHeadlinesTest {
    @Test
    void theNextDaysStepUnderAHeadlineOfItsOwnIsAnotherHappening() {
        PairFeatures measured = new PairFeatures(0.473, 0.438, 1, 1, false, 0.339);

        assertThat(EventClusterer.evidence(measured))
                .isGreaterThan(EventClusterer.SAME_EVENT + EventClusterer.NEXT_DAY_MARGIN);
        assertThat(EventClusterer.sameEvent(measured)).isFalse();
        assertThat(EventClusterer.reportAlike(measured)).isTrue();
    }

    @Test
    void theSameWordsUnderAHeadlineKeepingItsKeyWordsAreOneHappeningADayApart() {
        PairFeatures retold = new PairFeatures(0.473, 0.438, 1, 1, false, EventClusterer.NEXT_DAY_HEADLINES);
        PairFeatures withoutHeadlines = new PairFeatures(0.473, 0.438, 1, 1, false, PairFeatures.NO_HEADLINES);

        assertThat(EventClusterer.sameEvent(retold)).isTrue();
        assertThat(EventClusterer.sameEvent(withoutHeadlines)).isTrue();
    }

    @Test
    void headlinesThisApartStillTellOneHappeningOnOneDay() {
        PairFeatures sameDay = new PairFeatures(0.473, 0.438, 1, 0, false, 0.339);

        assertThat(EventClusterer.sameEvent(sameDay)).isTrue();
    }
}
