package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.Annotator;
import org.junit.jupiter.api.Test;

/**
 * CLICK-ID reports on the KPK law revision: tempo.co's "Ikatan Alumni Universitas Trisakti Menolak Revisi UU KPK" and
 * sindonews.com's "DPR-Pemerintah Sepakat Revisi UU KPK Dibawa ke Rapat Paripurna" (16 September 2019), and kompas.com's
 * "Surat Pernyataan Bermeterai untuk Capim KPK Dinilai Tak Perlu" on the KPK leadership candidates (10 September 2019).
 */
class HeadlineBillsTest {
    private static final Annotator ANNOTATOR = new Annotator();
    private final ComparedArticles kpk = new ComparedArticles(
            IndoSumSample.read("/link/clickid-kpk-bill.jsonl").stream().map(ANNOTATOR::annotate).toList());

    @Test
    void aBillIsNamedByItsShortNameInCapitals() {
        assertThat(HeadlineBills.of("Ikatan Alumni Universitas Trisakti Menolak Revisi UU KPK")).isEqualTo("KPK");
        assertThat(HeadlineBills.of("Jokowi Sudah Teken Revisi UU MD3, Berikut Ini yang Akan Berubah")).isEqualTo("MD3");
        assertThat(HeadlineBills.of("Aktivis Hak Asasi: Tolak RUU PKS Sama Saja Lindungi Pelaku")).isEqualTo("PKS");
        assertThat(HeadlineBills.of("Revisi UU Dinilai Penting agar KPK Utamakan Pencegahan Korupsi")).isNull();
        assertThat(HeadlineBills.of("Surat Pernyataan Bermeterai untuk Capim KPK Dinilai Tak Perlu")).isNull();
        assertThat(HeadlineBills.of(null)).isNull();
    }

    @Test
    void twoSidesOfOneBillAreOneStory() {
        ArticleProfile alumni = kpk.profile("tempo-3804");
        PairFeatures f = kpk.pair("tempo-3804", "sindonews-1880");

        // a protest and the DPR's agreement: their words share too little to thread them
        assertThat(StoryThreader.sameStory(f)).isFalse();
        assertThat(StoryThreader.oneBill(HeadlineBills.of(alumni.title()), kpk.profile("sindonews-1880"), f)).isTrue();
    }

    @Test
    void anotherMatterOfTheSameBodyOrAnotherWeekIsNot() {
        PairFeatures candidates = kpk.pair("tempo-3804", "kompas-152");
        assertThat(StoryThreader.oneBill("KPK", kpk.profile("kompas-152"), candidates)).isFalse();

        PairFeatures sameDay = kpk.pair("tempo-3804", "sindonews-1880");
        PairFeatures daysLater = new PairFeatures(sameDay.termCosine(), sameDay.entityOverlap(), sameDay.sharedQuotes(),
                StoryThreader.SUBJECT_DAY_GAP + 1, sameDay.sameOutlet(), sameDay.titleOverlap());
        assertThat(StoryThreader.oneBill("KPK", kpk.profile("sindonews-1880"), daysLater)).isFalse();
        assertThat(StoryThreader.oneBill(null, kpk.profile("sindonews-1880"), sameDay)).isFalse();
    }
}
