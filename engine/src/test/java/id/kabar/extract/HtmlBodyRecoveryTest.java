package id.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.Article;
import id.kabar.model.SourceDocument;
import id.kabar.model.SourceFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pages written by hand in the markup of the themes and outlets where the body used to be lost or kept
 * with furniture: an article inside a widget wrapper, an article written with line breaks and photos, a
 * photo gallery, a standfirst above the text's wrapper, boilerplate after the text, a subheading in
 * capitals and a table, a date line inside the content block, a site name glued to the title with a colon, and
 * a credit label whose name stands on the next line; a subheading in capitals set in a plain paragraph, a
 * standfirst beside a wrapper that is its parent's only child, and a site name in the title that spells the domain.
 */
class HtmlBodyRecoveryTest {
    private final ArticleExtractor extractor = new ArticleExtractor();

    private Article page(String name) throws IOException, ExtractionException {
        return page(name, "https://example.co.id/read/1");
    }

    private Article page(String name, String url) throws IOException, ExtractionException {
        try (InputStream in = HtmlBodyRecoveryTest.class.getResourceAsStream("/extract/html/" + name)) {
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return extractor.extract(new SourceDocument(name, SourceFormat.HTML, html, url, null));
        }
    }

    private static List<String> paragraphs(Article a) {
        return List.of(a.body().split("\n\n"));
    }

    @Test
    void anArticleInsideAWidgetWrapperIsKept() throws Exception {
        List<String> body = paragraphs(page("elementor-widget.html"));
        assertThat(body).hasSize(5);
        assertThat(body.get(0)).startsWith("GARUT – Warga Desa Sukamaju, Kecamatan Cibatu, bergotong royong membangun embung");
        assertThat(body.get(4)).startsWith("Dinas Pertanian Kabupaten Garut menilai embung desa");
    }

    @Test
    void anArticleWrittenWithLineBreaksAndPhotosIsNoImageStrip() throws Exception {
        List<String> body = paragraphs(page("br-article.html"));
        assertThat(body).hasSize(4);
        assertThat(body.get(0)).startsWith("BANTUL – Ratusan layang-layang aneka bentuk menghiasi langit Pantai Parangtritis");
        assertThat(body.get(3)).startsWith("Ribuan warga memadati pantai sejak pagi");
    }

    @Test
    void aPhotoGalleryIsItsDescriptionAndCaptions() throws Exception {
        Article a = page("photo-gallery.html");
        assertThat(a.title()).isEqualTo("Banjir Rendam Ratusan Rumah di Kampung Melayu");
        assertThat(paragraphs(a)).containsExactly(
                "Banjir setinggi satu meter merendam ratusan rumah warga di Kampung Melayu, Jakarta Timur, setelah Sungai"
                        + " Ciliwung meluap pada Selasa dini hari.",
                "Warga mengevakuasi barang-barang dari rumah yang terendam banjir di Kampung Melayu, Jakarta Timur, Selasa"
                        + " (9/1/2024).",
                "Petugas gabungan menggunakan perahu karet untuk menjemput warga lanjut usia.",
                "Anak-anak bermain di genangan air di depan posko pengungsian.");
    }

    @Test
    void theStandfirstAboveTheTextsWrapperLeadsTheBody() throws Exception {
        List<String> body = paragraphs(page("standfirst.html"));
        assertThat(body.get(0)).isEqualTo("Operator kereta cepat menambah enam perjalanan setiap Sabtu dan Minggu karena tiket"
                + " akhir pekan selalu habis sejak awal bulan.");
        assertThat(body).hasSize(5);
    }

    @Test
    void theStandfirstUnderTheHeadlineInTheArticlesHeaderLeadsTheBody() throws Exception {
        Article a = page("standfirst-in-header.html");
        List<String> body = paragraphs(a);
        assertThat(body).hasSize(5);
        assertThat(body.get(0)).startsWith("Persib memperpanjang rekor tak terkalahkan di kandang");
        assertThat(body.get(1)).startsWith("BANDUNG – Persib Bandung menang tipis");
        assertThat(a.body()).doesNotContain("Asep Saepudin", "Tundukkan");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 14));
    }

    @Test
    void boilerplateAfterTheTextGoes() throws Exception {
        Article a = page("boilerplate-tail.html");
        assertThat(paragraphs(a)).hasSize(4);
        assertThat(a.body()).doesNotContain("Fotografer", "Penulis", "Jalan Tunjungan Ditutup", "Czytaj", "newsletter",
                "Tentang Kami", "BERITAJATIM.COM", "Editor", "Bagus Santosa");
        // the editor credited over two lines is read like "Editor: M Nur Pakar" on one; the photographer is no author
        assertThat(a.authors()).containsExactly("Rina Ayu Larasati", "Bagus Santosa");
    }

    @Test
    void aSubheadingInCapitalsAndATablesRowsStay() throws Exception {
        List<String> body = paragraphs(page("capitals-and-table.html"));
        assertThat(body).contains("PASOKAN DARI KARO BERKURANG", "Komoditas | Harga (Rp/kg)", "Cabai rawit | 90.000",
                "Cabai merah | 65.000", "Bawang merah | 38.000", "Tahun | Produksi (ton)", "2021 | 12.500", "2022 | 11.800",
                "2023 | 9.600");
        assertThat(body.indexOf("PASOKAN DARI KARO BERKURANG")).isEqualTo(2);
    }

    @Test
    void aDateLineUnderAHeadlineInsideTheContentBlockDatesThePage() throws Exception {
        Article a = page("date-in-content.html");
        assertThat(a.published()).as("the date under the headline, not the site's clock above it").isEqualTo(LocalDate.of(2019, 3, 13));
        assertThat(a.body()).startsWith("KARAWANG – Harga gabah").doesNotContain("Rabu, 13 Maret 2019");
    }

    @Test
    void aSiteNameGluedToTheTitleWithAColonIsCut() throws Exception {
        assertThat(page("colon-site-name.html").title()).isEqualTo("Raisa Rilis Album Baru Setelah Lima Tahun Vakum");
    }

    @Test
    void aWritersNameOnTheLineUnderABareCreditLabelIsTheAuthor() throws Exception {
        Article a = page("split-credit.html");
        assertThat(a.authors()).containsExactly("Rina Ayu Larasati");
        assertThat(a.body()).startsWith("KUDUS - Banjir merendam").doesNotContain("Penulis", "Rina Ayu");
    }

    @Test
    void aSubheadingInCapitalsInAPlainParagraphStaysAndTheShoutedFurnitureGoes() throws Exception {
        Article a = page("capitals-in-paragraph.html", "https://www.wartamerapi.co.id/daerah/merapi-siaga");
        List<String> body = paragraphs(a);
        assertThat(body).hasSize(5);
        assertThat(body.get(2)).isEqualTo("WARGA DIMINTA TETAP TENANG");
        assertThat(a.body()).doesNotContain("ADVERTISEMENT", "Bagaimana pendapat", "telah tayang", "Simak breaking news",
                "SIMAK VIDEO", "Tentang Penulis", "adalah jurnalis");
    }

    @Test
    void aSiteNameInTheTitleThatSpellsTheDomainNamesTheOutlet() throws Exception {
        Article a = page("capitals-in-paragraph.html", "https://www.wartamerapi.co.id/daerah/merapi-siaga");
        assertThat(a.outlet()).isEqualTo("Warta Merapi");
        assertThat(a.title()).isEqualTo("Merapi Siaga, Sleman Siapkan 20 Titik Pengungsian");
        // on another domain the title's last part is no name the page gives itself
        assertThat(page("capitals-in-paragraph.html").outlet()).isEqualTo("Example.co.id");
    }

    @Test
    void theStandfirstBesideALoneWrapperLeadsTheBody() throws Exception {
        Article a = page("standfirst-lone-wrapper.html");
        List<String> body = paragraphs(a);
        assertThat(body).hasSize(5);
        assertThat(body.get(0)).startsWith("Status Merapi naik menjadi siaga");
        assertThat(a.published()).isEqualTo(LocalDate.of(2023, 7, 13));
    }

    @Test
    void aGalleryWhoseFirstCaptionPassedForItsTextIsItsDescriptionAndAllItsCaptions() throws Exception {
        Article a = page("gallery-short-text.html");
        assertThat(paragraphs(a)).containsExactly(
                "Guguran lava pijar Gunung Merapi terlihat dari Turi, Sleman, pada Kamis dini hari.",
                "Guguran lava pijar Gunung Merapi terlihat dari Turi, Sleman, Kamis (13/7/2023) dini hari.",
                "Warga menyaksikan guguran lava dari gardu pandang di Kaliurang.",
                "Petugas BPBD memantau aktivitas Merapi dari pos pengamatan.");
        assertThat(a.title()).isEqualTo("Guguran Lava Pijar Merapi");
        assertThat(a.published()).isEqualTo(LocalDate.of(2023, 7, 13));
    }

    @Test
    void aGalleryWhoseCaptionsCarryNoCaptionMarkIsItsDescriptionAndItsPhotosLines() throws Exception {
        Article a = page("gallery-unmarked-captions.html");
        assertThat(paragraphs(a)).containsExactly(
                "Ribuan warga memadati jalan protokol Denpasar untuk menyaksikan pawai ogoh-ogoh sehari menjelang Hari Raya Nyepi.",
                "Ogoh-ogoh raksasa diarak melintasi Catur Muka, Denpasar, Minggu (10/3/2024) malam.",
                "Anak-anak ikut mengarak ogoh-ogoh buatan mereka sendiri.",
                "Warga dan wisatawan memadati trotoar untuk menonton pawai.");
        assertThat(a.title()).isEqualTo("Kemeriahan Pawai Ogoh-ogoh di Denpasar");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 3, 10));
    }

    @Test
    void aWordPressPagesShareLikeAndReplyBoxesGoAndItsEntryDateStays() throws Exception {
        Article a = page("wordpress-jetpack.html");
        assertThat(paragraphs(a)).hasSize(3);
        assertThat(a.body()).startsWith("When the old library").doesNotContain("Share this", "Like Loading", "Leave a Reply", "Posted");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 16));
        assertThat(a.modified()).isEqualTo(LocalDate.of(2019, 10, 2));
    }

    @Test
    void creditsPhotoCreditsAndChannelPitchesGoCapitalsTablesAndTheClosingCreditStay() throws Exception {
        Article a = page("credits-and-pitches.html");
        assertThat(paragraphs(a)).containsExactly(
                "JAKARTA - Menteri Keuangan Sri Mulyani Indrawati menyatakan defisit Anggaran Pendapatan dan Belanja Negara hingga"
                        + " akhir Agustus 2019 masih berada dalam batas aman.",
                "Defisit tercatat sebesar Rp 199,1 triliun atau 1,24 persen terhadap produk domestik bruto, lebih tinggi dibanding"
                        + " periode yang sama tahun lalu.",
                "PENERIMAAN MELAMBAT",
                "Sri Mulyani menjelaskan, perlambatan penerimaan terutama berasal dari pajak sektor pertambangan dan perdagangan yang"
                        + " tertekan harga komoditas.",
                "Bulan | Defisit (Rp triliun)", "Juli | 183,7", "2019 | 199,1",
                "Belanja negara hingga Agustus mencapai Rp 1.388,3 triliun atau 56,4 persen dari pagu.",
                "(fdl/dni)");
        assertThat(a.authors()).contains("Fakhri Rezy", "Dani Jumadil Akhir");
    }

    @Test
    void theSitesAboutUsBoxAfterTheTextGoesWithItsHeading() throws Exception {
        Article a = page("about-us-box.html");
        assertThat(paragraphs(a)).hasSize(3);
        assertThat(a.body()).endsWith("pada jam berangkat dan pulang kerja.")
                .doesNotContain("Tentang Kami", "media daring", "Redaksi kami");
    }

    @Test
    void readMoreLinesAndHeadingsInOtherLanguagesGo() throws Exception {
        Article a = page("read-more-other-languages.html");
        assertThat(paragraphs(a)).hasSize(3);
        assertThat(a.body()).doesNotContain("VEA TAMBIÉN", "alquileres suben", "Czytaj", "Lesen Sie");
    }
}
