package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.Annotator;
import org.junit.jupiter.api.Test;

/**
 * CLICK-ID reports of 10-11 September 2019 (openings of their bodies): Okezone on an earthquake in Palu
 * ("Palu Diguncang Gempa Magnitudo 3,4") and one in Jember ("Gempa M4,8 Guncang Jember, Tidak Berpotensi
 * Tsunami"), Okezone and Sindonews on one earthquake in the Talaud islands ("Gempa M5,7 Terjadi di Melonguane
 * Sulut, Tidak Berpotensi Tsunami", "Kepulauan Talaud Diguncang Gempa 5,7 SR"), and Tribunnews on the weather
 * agency's wave warnings ("Info BMKG Peringatan Dini Potensi Gelombang Tinggi Hari Ini, Selasa 10 September").
 */
class HeadlinePlacesTest {
    private static final Annotator ANNOTATOR = new Annotator();
    private final ComparedArticles compared = new ComparedArticles(
            IndoSumSample.read("/link/clickid-earthquakes.jsonl").stream().map(ANNOTATOR::annotate).toList());

    @Test
    void earthquakesInTwoPlacesAreTwoHappeningsHoweverAlikeTheirReports() {
        ArticleProfile palu = compared.profile("okezone-4183");
        ArticleProfile jember = compared.profile("okezone-3187");

        // Told in the same template a day apart: words and names would thread them.
        assertThat(StoryThreader.sameStory(compared.pair("okezone-4183", "okezone-3187"))).isTrue();
        assertThat(HeadlinePlaces.apart(palu, jember)).isTrue();
    }

    @Test
    void oneEarthquakeHeadlinedByTownAndByIslandsIsOnePlace() {
        // Sindonews's body names the town Okezone's headline names.
        assertThat(HeadlinePlaces.apart(compared.profile("okezone-3109"), compared.profile("sindonews-2085"))).isFalse();
    }

    @Test
    void aHeadlineWithoutAPlaceSaysNothingOfWhere() {
        assertThat(HeadlinePlaces.apart(compared.profile("tribunnews-658"), compared.profile("okezone-3187"))).isFalse();
    }
}
