package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.LinkedCorpus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * An event is one happening on one day. Four CLICK-ID reports of Antam's gold price, one a day from 10 to 13
 * September 2019, Okezone's from one template ("Turun Lagi, Harga Emas Antam Dijual Rp754.000/Gram", "naik
 * Rp1.000 ke Rp752.000", "naik Rp1.000 ke Rp753.000") and Tempo's between them ("Harga emas batangan satu gram
 * Rp 751.000"): each day's price is its own happening, told in nearly the same words, so pairs of neighbouring
 * days pass for one event (or for copies) and would chain the week into one.
 */
class EventDaysTest {
    private final List<AnnotatedArticle> prices = IndoSumSample.read("/link/clickid-antam-prices.jsonl").stream()
            .map(IndoSumSample::crude).toList();

    private static LinkedCorpus link(List<AnnotatedArticle> articles) {
        Linker linker = new Linker();
        articles.forEach(linker::add);
        return linker.result();
    }

    private static String event(LinkedCorpus c, AnnotatedArticle a) {
        return c.links().get(a.id()).event();
    }

    @Test
    void neighbouringDaysReportAlike() {
        ComparedArticles compared = new ComparedArticles(prices);

        assertThat(EventClusterer.sameEvent(compared.pair("okezone-3918", "tempo-1004"))).isTrue();
        assertThat(EventClusterer.sameEvent(compared.pair("tempo-1004", "okezone-2099"))).isTrue();
    }

    @Test
    void aDayApartTheSameWordsAndNamesMustBeCloserThanOnOneDay() {
        // Okezone's price of 10 September and Tempo's of 11 September, as measured with the annotator's
        // entities: as close as two outlets' write-ups of one happening, but a day apart.
        PairFeatures nextDayPrice = new PairFeatures(0.410, 0.710, 0, 1, false, PairFeatures.NO_HEADLINES);
        PairFeatures sameDay = new PairFeatures(0.410, 0.710, 0, 0, false, PairFeatures.NO_HEADLINES);

        assertThat(EventClusterer.sameEvent(nextDayPrice)).isFalse();
        assertThat(StoryThreader.sameStory(nextDayPrice)).isTrue();
        assertThat(EventClusterer.sameEvent(sameDay)).isTrue();
    }

    @Test
    void noEventSpansMoreThanTwoNeighbouringDaysInAnyArrivalOrder() {
        Random random = new Random(7);
        for (int round = 0; round < 8; round++) {
            List<AnnotatedArticle> shuffled = new ArrayList<>(prices);
            Collections.shuffle(shuffled, random);
            LinkedCorpus c = link(shuffled);
            for (AnnotatedArticle a : prices) {
                for (AnnotatedArticle b : prices) {
                    long days = Math.abs(a.article().published().toEpochDay() - b.article().published().toEpochDay());
                    if (days > EventClusterer.EVENT_SPAN_DAYS) {
                        assertThat(event(c, a)).isNotEqualTo(event(c, b));
                    }
                }
            }
        }
    }

    @Test
    void theDailyPricesStayOneStory() {
        LinkedCorpus c = link(prices);

        assertThat(c.links().values()).extracting(l -> l.story()).containsOnly(c.links().get(prices.get(0).id()).story());
    }
}
