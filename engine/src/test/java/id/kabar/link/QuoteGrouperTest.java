package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.EntityType;
import id.kabar.model.Quote;
import id.kabar.model.QuoteKind;
import org.junit.jupiter.api.Test;

class QuoteGrouperTest {
    private final ArticleProfiler profiler = new ArticleProfiler(new Vocabulary());

    private ArticleProfile.QuoteForm quote(String speaker, String text) {
        Quote q = new Quote(text, QuoteKind.DIRECT, speaker, EntityType.PER, "kata", 0, text.length());
        return new ArticleProfile.QuoteForm(q, NameKeys.speakerKey(speaker), profiler.stemSet(text));
    }

    @Test
    void twoTranslationsOfZelenskysAppealAreOneStatement() {
        var knews = quote("Volodymyr Zelensky", "Saya ingin berbicara dengan Presiden Federasi Rusia sekali lagi. Ada "
                + "pertempuran di seluruh Ukraina saat ini. Mari duduk di meja negosiasi untuk menghentikan kematian "
                + "lebih banyak orang");
        var wowkeren = quote("Zelenskyy", "Saya ingin berbicara dengan Presiden Federasi Rusia sekali lagi. Pertempuran "
                + "sedang terjadi di seluruh Ukraina. Mari kita duduk di meja perundingan untuk menghentikan kematian "
                + "orang-orang");
        assertThat(QuoteGrouper.sameStatement(knews, wowkeren)).isTrue();
    }

    @Test
    void theSameWordsFromAnotherSpeakerAreAnotherStatement() {
        String text = "Jeda teknis telah diambil dalam negosiasi hingga besok";
        assertThat(QuoteGrouper.sameStatement(quote("Mykhailo Podolyak", text), quote("Dmitry Peskov", text))).isFalse();
    }

    @Test
    void twoStatementsOfOneSpeakerOnOneTopicStayApart() {
        var denial = quote("Dmitry Peskov", "Tidak, Rusia memiliki potensinya sendiri untuk melanjutkan operasi, "
                + "seperti yang telah kami katakan");
        var schedule = quote("Peskov", "Saat ini sedang berlangsung sesuai dengan rencana dan akan selesai tepat "
                + "waktu dan penuh");
        assertThat(QuoteGrouper.sameStatement(denial, schedule)).isFalse();
    }

    @Test
    void aQuoteCutShorterByOneOutletIsStillTheSameStatement() {
        var full = quote("Vladimir Medinsky", "Karena setiap jamnya konflik menyebabkan lebih banyak korban tentara "
                + "Ukraina, kami sangat tertarik untuk mencapai kesepakatan sesegera mungkin. Namun, kesepakatan ini "
                + "harus membawa keuntungan bagi kedua belah pihak dan kami akan terus berunding di Belarus");
        var cut = quote("Medinsky", "setiap jamnya konflik menyebabkan lebih banyak korban tentara Ukraina, kami "
                + "sangat tertarik untuk mencapai kesepakatan");
        assertThat(QuoteGrouper.sameStatement(full, cut)).isTrue();
    }

    @Test
    void unattributedQuotesAreNotGrouped() {
        String text = "Suara ledakan terdengar menjelang subuh di ibu kota";
        assertThat(QuoteGrouper.sameStatement(quote(null, text), quote(null, text))).isFalse();
    }
}
