package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.Annotator;
import id.kabar.model.AnnotatedArticle;
import id.kabar.model.LinkedCorpus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sri Mulyani's day on CLICK-ID (12-13 Sep 2019), in the week's order: her speech at the awards for clean accounts
 * ("Sri Mulyani Sindir Pejabat 'Malas', Tanya Anggaran via WA", "Sri Mulyani Sentil Pemda yang Malas Baca Laporan
 * Keuangan", the ministries given the WTP opinion) and, the same afternoon, her remarks on the world economy ("Sri
 * Mulyani: Setiap Cuitan Trump Pengaruhi Proyeksi Ekonomi", "Sri Mulyani: Jangan Harap Ada Satria Piningit", "Sri
 * Mulyani Prediksi Rupiah Bakal Kembali Tembus Rp15.000/USD"): two sagas of one minister, which one pair of her
 * same-day reports had run into one story.
 */
class GrownStoriesPairTest {
    private static final Annotator ANNOTATOR = new Annotator();
    private final List<AnnotatedArticle> day =
            IndoSumSample.read("/link/clickid-sri-mulyani.jsonl").stream().map(ANNOTATOR::annotate).toList();

    private LinkedCorpus linked() {
        Linker linker = new Linker();
        day.forEach(linker::add);
        return linker.result();
    }

    private static String story(LinkedCorpus c, String id) {
        return c.links().get(id).story();
    }

    @Test
    void twoGrownStoriesOfOneMinisterStayApartThoughTwoOfTheirReportsMeet() {
        LinkedCorpus c = linked();

        assertThat(story(c, "clickid-okezone-2231")).isEqualTo(story(c, "clickid-tempo-2389"));
        assertThat(story(c, "clickid-okezone-1898")).isEqualTo(story(c, "clickid-okezone-2299"));
        assertThat(story(c, "clickid-okezone-2231")).isNotEqualTo(story(c, "clickid-okezone-1898"));
    }
}
