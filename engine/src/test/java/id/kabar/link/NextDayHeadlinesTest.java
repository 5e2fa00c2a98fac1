package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Two pairs of CLICK-ID articles a day apart (10-16 September 2019), their features as the linker compared them over the
 * whole week with the annotator. Kompas.com's {@code Surat Pernyataan Bermeterai untuk Capim KPK Dinilai Tak Perlu} (a
 * UGM researcher's word, 10 September) against okezone.com's {@code DPR Minta Capim KPK Teken 'Kontrak Politik' saat}
 * (Arsul Sani's demand, placed on the 9th): term cosine 0.473, entities 0.438, one statement the two speakers word alike,
 * headlines 0.339 alike. Sindonews.com's {@code Soal Konpers Etik Firli Bahuri, Alexader Marwata Akui KPK Tak Kompak}
 * against tempo.co's {@code Curhat Alexander Marwata Serba Salah Posisi sebagai Capim KPK}, both write-ups of Marwata's
 * hearing quoting him most: term cosine 0.465, entities 0.674, one statement in common, headlines 0.201 alike.
 */
class NextDayHeadlinesTest {
    private static final PairFeatures RESEARCHER_AFTER_DEMAND =
            new PairFeatures(0.473, 0.438, 1, 1, false, 0.339, false, false, false, false, false, false, 1, false);
    private static final PairFeatures HEARING_WRITE_UPS =
            new PairFeatures(0.465, 0.674, 1, 1, false, 0.201, false, false, false, false, false, false, 1, true);

    @Test
    void theNextDaysPieceUnderAnotherHeadlineIsAnotherHappening() {
        assertThat(EventClusterer.evidence(RESEARCHER_AFTER_DEMAND))
                .isGreaterThan(EventClusterer.SAME_EVENT + EventClusterer.NEXT_DAY_MARGIN);
        assertThat(EventClusterer.nextDayHeadlinesApart(RESEARCHER_AFTER_DEMAND)).isTrue();
        assertThat(EventClusterer.sameEvent(RESEARCHER_AFTER_DEMAND)).isFalse();
    }

    @Test
    void oneSpeakersStatementToldInBothKeepsThemOneHappening() {
        assertThat(EventClusterer.nextDayHeadlinesApart(HEARING_WRITE_UPS)).isFalse();
        assertThat(EventClusterer.sameEvent(HEARING_WRITE_UPS)).isTrue();
    }

    @Test
    void theRuleNeedsHeadlinesApartAndADayBetween() {
        PairFeatures headlinesCloser =
                new PairFeatures(0.473, 0.438, 1, 1, false, 0.36, false, false, false, false, false, false, 1, false);
        PairFeatures oneDay =
                new PairFeatures(0.473, 0.438, 1, 0, false, 0.339, false, false, false, false, false, false, 1, false);
        PairFeatures noHeadline = new PairFeatures(0.473, 0.438, 1, 1, false, PairFeatures.NO_HEADLINES, false, false,
                false, false, false, false, 1, false);

        assertThat(EventClusterer.sameEvent(headlinesCloser)).isTrue();
        assertThat(EventClusterer.sameEvent(oneDay)).isTrue();
        assertThat(EventClusterer.nextDayHeadlinesApart(noHeadline)).isFalse();
    }
}
