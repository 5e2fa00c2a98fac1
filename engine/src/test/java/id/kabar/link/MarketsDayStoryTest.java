package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.Annotator;
import org.junit.jupiter.api.Test;

/**
 * CLICK-ID pieces naming the market figures: Okezone's close of the stock index on 12 September 2019, "IHSG Ditutup
 * Semakin Terperosok ke 6.342", and its report of both markets that day, "IHSG Terperosok, Rupiah Malah Menguat ke
 * Rp13.994/USD", are the day's markets, and the close of the day before, "Balik Arah, IHSG Ditutup
 * Meroket ke 6.381", is not; the same day, Okezone's "Rahasia BJ Habibie Kuatkan Rupiah, dari Rp15.000 Jadi Rp6.500/USD" and
 * Sindonews' "Sri Mulyani Prediksi Rupiah Bakal Kembali Tembus Rp15.000/USD" name the rupiah beside other matters.
 */
class MarketsDayStoryTest {
    private static final Annotator ANNOTATOR = new Annotator();
    private final ComparedArticles markets = new ComparedArticles(
            IndoSumSample.read("/link/clickid-markets-day.jsonl").stream().map(ANNOTATOR::annotate).toList());

    @Test
    void headlinesTellTheMarketFiguresTheyReport() {
        assertThat(HappeningKinds.marketFigures("IHSG Terperosok, Rupiah Malah Menguat ke Rp13.994/USD"))
                .containsExactly("ihsg", "rupiah");
        assertThat(HappeningKinds.marketFigures("IHSG Ditutup Semakin Terperosok ke 6.342")).containsExactly("ihsg");
        assertThat(HappeningKinds.marketFigures("Rupiah Terus Menguat, Menko Darmin: Memang Arahnya Begitu")).isEmpty();
    }

    @Test
    void theStockIndexAndBothMarketsOfOneDayAreOneStory() {
        PairFeatures f = markets.pair("okezone-1810", "okezone-1768");

        assertThat(f.termCosine()).isGreaterThanOrEqualTo(StoryThreader.WORDS_OF_ONE_MARKETS_DAY);
        assertThat(StoryThreader.marketsOfOneDay(markets.profile("okezone-1810"), markets.profile("okezone-1768"), f))
                .isTrue();
    }

    @Test
    void theDayBeforesCloseIsNoMarketsDayOfTheNext() {
        PairFeatures f = markets.pair("okezone-2815", "okezone-1768");

        assertThat(f.termCosine()).isGreaterThanOrEqualTo(StoryThreader.WORDS_OF_ONE_MARKETS_DAY);
        assertThat(StoryThreader.marketsOfOneDay(markets.profile("okezone-2815"), markets.profile("okezone-1768"), f))
                .isFalse();
    }

    @Test
    void piecesNamingOnlyTheRupiahBesideOtherMattersAreNoMarketsDay() {
        PairFeatures f = markets.pair("okezone-2249", "sindonews-3110");
        // over the whole week their words stood at the bar, where only the figures named keep them apart
        PairFeatures wordsAtTheBar = new PairFeatures(StoryThreader.WORDS_OF_ONE_MARKETS_DAY, f.entityOverlap(),
                f.sharedQuotes(), f.dayGap(), f.sameOutlet(), f.titleOverlap());

        assertThat(HappeningKinds.marketFigures("Sri Mulyani Prediksi Rupiah Bakal Kembali Tembus Rp15.000/USD"))
                .containsExactly("rupiah");
        assertThat(StoryThreader.marketsOfOneDay(markets.profile("okezone-2249"), markets.profile("sindonews-3110"),
                wordsAtTheBar)).isFalse();
    }
}
