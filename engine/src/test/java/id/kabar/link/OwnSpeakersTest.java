package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.Annotator;
import org.junit.jupiter.api.Test;

/**
 * Whose words count as what two reports share, from CLICK-ID: the HIPMI congress at the Hotel Sultan (16 September 2019),
 * written up under its chair Bahlil Lahadalia's words (okezone.com's "Di Depan Jokowi, Hipmi Tak Minta Jatah Menteri
 * tapi...") and under the President's ("'Kode' Keras Ketua Hipmi Ingin Jadi Menteri, Jokowi: Saya Nangkap", which quotes
 * the chair as "Adinda Bahlil"), and the excise rise of 14 September 2019: okezone.com's "Cukai Naik 23%, Kemenkeu Gandeng
 * Polisi Awasi Rokok Ilegal", the customs chief's briefing, which retells the cigarette makers' word, and tempo.co's
 * "Gabungan Pabrik Rokok: Kenaikan Cukai Rokok Beratkan Industri", the makers' own.
 */
class OwnSpeakersTest {
    private static final Annotator ANNOTATOR = new Annotator();
    private final ComparedArticles pieces = new ComparedArticles(
            IndoSumSample.read("/link/clickid-hipmi-congress.jsonl").stream().map(ANNOTATOR::annotate).toList());

    @Test
    void wordsRetoldFromAnotherHappeningAreNotShared() {
        ArticleProfile briefing = pieces.profile("okezone-604");
        boolean[] own = OwnSpeakers.of(briefing).own();
        for (int i = 0; i < own.length; i++) {
            String speaker = briefing.quotes().get(i).speakerKey();
            assertThat(own[i]).as(speaker).isEqualTo(speaker != null && speaker.contains("pambudi"));
        }
        assertThat(pieces.pair("okezone-604", "tempo-2234").ownQuotes()).isZero();
        assertThat(pieces.pair("tempo-2234", "okezone-604").ownQuotes()).isZero();
        // still one statement both report: the two continue one thread
        assertThat(pieces.pair("okezone-604", "tempo-2234").sharedQuotes()).isPositive();
    }

    @Test
    void aHeadlinesOfficeOwnsItsHoldersWords() {
        // "Ketua Hipmi" in the President's piece is the "Ketua Umum Hipmi Bahlil Lahadalia" of the chair's
        assertThat(pieces.pair("okezone-1340", "okezone-1171").ownQuotes()).isPositive();
        assertThat(pieces.pair("okezone-1171", "okezone-1340").ownQuotes()).isPositive();
    }

    @Test
    void leadsNamingOneCongressShareAnOccasion() {
        // "... pelaksanaan Musyawarah Nasional (Munas) Himpunan Pengusaha Muda Indonesia (Hipmi)" and "... Presiden Jokowi
        // membuka Musyawarah Nasional , (Himpunan Pengusaha Muda Indonesia) ke-16"
        assertThat(LeadOccasions.shared(pieces.profile("kompas-55"), pieces.profile("tempo-2098"))).isTrue();
        assertThat(LeadOccasions.shared(pieces.profile("okezone-604"), pieces.profile("tempo-2234"))).isFalse();
    }
}
