package id.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kabar.model.Article;
import id.kabar.model.PublishedBasis;
import id.kabar.model.SourceDocument;
import id.kabar.model.SourceFormat;
import id.kabar.model.SourceHints;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** HTML pages written by hand in the markup style of Indonesian outlets, two readability pages, and hostile pages. */
class HtmlExtractionTest {
    private final ArticleExtractor extractor = new ArticleExtractor();

    private static String resource(String name) throws IOException {
        try (InputStream in = HtmlExtractionTest.class.getResourceAsStream("/extract/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Article html(String html, String url) throws ExtractionException {
        return extractor.extract(new SourceDocument("page.html", SourceFormat.HTML, html, url, null));
    }

    @Test
    void kompasStylePage() throws Exception {
        Article a = html(resource("html/kompas-style.html"), "https://money.kompas.com/read/2023/02/13/101500/harga-beras-naik");
        assertThat(a.body()).isEqualTo(String.join("\n\n",
                "JAKARTA, KOMPAS.com - Pemerintah menyiapkan operasi pasar untuk menekan harga beras yang terus naik dalam sepekan"
                        + " terakhir, menjelang datangnya bulan Ramadhan.",
                "Menteri Perdagangan Zulkifli Hasan mengatakan, operasi pasar akan digelar serentak di 34 provinsi mulai pekan depan"
                        + " dengan melibatkan Perum Bulog.",
                "\"Kami pastikan stok cukup. Operasi pasar ini untuk menjaga harga di tingkat konsumen agar tidak melonjak,\" kata"
                        + " Zulkifli di Jakarta, Senin (13/2/2023).",
                "Berdasarkan data Panel Harga Badan Pangan Nasional, harga rata-rata beras medium mencapai Rp 11.900 per kilogram,"
                        + " naik sekitar 2 persen dibanding bulan lalu.",
                "Pasokan dari daerah sentra",
                "Direktur Utama Perum Bulog Budi Waseso menyebut pasokan dari daerah sentra produksi seperti Jawa Tengah dan"
                        + " Sulawesi Selatan mulai masuk ke gudang Bulog.",
                "Ia menambahkan, Bulog juga menyiapkan beras kemasan lima kilogram agar mudah dijangkau masyarakat di pasar"
                        + " tradisional maupun ritel modern."));
        assertThat(a.title()).isEqualTo("Harga Beras Naik, Pemerintah Siapkan Operasi Pasar");
        assertThat(a.outlet()).isEqualTo("KOMPAS.com");
        assertThat(a.published()).isEqualTo(LocalDate.of(2023, 2, 13));
        assertThat(a.publishedBasis()).isEqualTo(PublishedBasis.STATED);
        assertThat(a.authors()).contains("Fitria Chusna Farisa", "Bagus Santosa");
        assertThat(a.dateline()).isEqualTo("Jakarta");
        assertThat(a.language()).isEqualTo("id");
    }

    @Test
    void detikStylePageWithLineBreakParagraphs() throws Exception {
        Article a = html(resource("html/detik-style.html"), "https://news.detik.com/berita/d-6708000/polisi-tangkap");
        assertThat(a.body()).startsWith("Jakarta - Polisi menangkap dua orang terduga pelaku pencurian sepeda motor")
                .contains("\n\n\"Kedua pelaku kami amankan pada Minggu malam")
                .contains("ancaman hukuman maksimal tujuh tahun penjara.")
                .endsWith("(wnd/isa)")
                .doesNotContain("SCROLL TO CONTINUE").doesNotContain("Lihat juga").doesNotContain("Ilustrasi")
                .doesNotContain("Terpopuler").doesNotContain("pencurian cakung");
        assertThat(a.title()).isEqualTo("Polisi Tangkap 2 Pencuri Motor di Cakung");
        assertThat(a.outlet()).isEqualTo("detikNews");
        assertThat(a.published()).isEqualTo(LocalDate.of(2023, 5, 8));
        assertThat(a.authors()).containsExactly("Wilda Hayatun Nufus");
        assertThat(a.dateline()).isEqualTo("Jakarta");
    }

    @Test
    void tribunStylePage() throws Exception {
        Article a = html(resource("html/tribun-style.html"), "https://aceh.tribunnews.com/2022/03/14/rusia-bantah");
        assertThat(a.body()).startsWith("SERAMBINEWS.COM, MOSKOW - Pemerintah Rusia membantah")
                .endsWith("namun masih sulit.(*)")
                .doesNotContain("Baca juga").doesNotContain("VOA").doesNotContain("BERITA TERKINI").doesNotContain("Editor");
        assertThat(a.body().split("\n\n")).hasSize(5);
        assertThat(a.title()).isEqualTo("Rusia Bantah Minta Bantuan Militer China Untuk Memperkuat Serangan ke Ukraina");
        assertThat(a.outlet()).isEqualTo("Serambinews.com");
        assertThat(a.published()).isEqualTo(LocalDate.of(2022, 3, 14));
        assertThat(a.authors()).as("the outlet declared as author is no author").containsExactly("M Nur Pakar");
        assertThat(a.dateline()).isEqualTo("Moskow");
    }

    @Test
    void readabilityTestPages() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (String page : List.of("001", "lemonde-1")) {
            Article a = html(resource("readability/" + page + "/source.html"), "http://fakehost/test/page.html");
            String gold = Jsoup.parse(resource("readability/" + page + "/expected.html")).text();
            String title = json.readTree(resource("readability/" + page + "/expected-metadata.json")).get("title").asText();
            assertThat(TokenBag.overlap(a.body(), gold).f1()).as(page).isGreaterThan(0.95);
            assertThat(a.title()).as(page).isEqualTo(title);
        }
    }

    @Test
    void theDeclaredArticleBodyStandsInWhenThePageShowsOnlyATeaser() throws Exception {
        String body = "JAKARTA, investor.id - Bank Indonesia mempertahankan suku bunga acuan di level 5,75 persen pada rapat"
                + " dewan gubernur bulan ini.\\nGubernur BI Perry Warjiyo mengatakan keputusan itu konsisten dengan upaya menjaga"
                + " inflasi tetap terkendali dan stabilitas nilai tukar rupiah di tengah ketidakpastian global yang masih tinggi.\\n"
                + "Menurut dia, inflasi inti diperkirakan tetap rendah sepanjang tahun seiring ekspektasi yang terjangkar.";
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
                + "\"BI Tahan Suku Bunga di 5,75 Persen\",\"articleBody\":\"" + body + "\"}</script></head><body>"
                + "<div class=\"paywall\"><p>Bank Indonesia mempertahankan suku bunga acuan. Berlangganan untuk membaca selengkapnya.</p></div>"
                + "</body></html>";
        Article a = html(html, "https://investor.id/finance/1");
        assertThat(a.body().split("\n\n")).hasSize(3);
        assertThat(a.body()).startsWith("JAKARTA, investor.id - Bank Indonesia");
        assertThat(a.title()).isEqualTo("BI Tahan Suku Bunga di 5,75 Persen");
        assertThat(a.outlet()).isEqualTo("investor.id");
    }

    @Test
    void aPageNestedTenThousandLevelsDeepIsRead() throws Exception {
        String html = "<html><head><title>Dalam</title></head><body>" + "<div>".repeat(10_000)
                + "<p>Jakarta - Teks berita yang bersarang sepuluh ribu tingkat tetap harus terbaca dengan baik oleh pengurai.</p>"
                + "</div>".repeat(10_000) + "</body></html>";
        Article a = html(html, null);
        assertThat(a.body()).isEqualTo("Jakarta - Teks berita yang bersarang sepuluh ribu tingkat tetap harus terbaca dengan baik oleh pengurai.");
        assertThat(a.dateline()).isEqualTo("Jakarta");
    }

    @Test
    void hintsFromTheContainerOverrideWhatThePageSays() throws Exception {
        SourceHints hints = new SourceHints("Judul dari Umpan RSS", "2022-03-15", "Serambi Indonesia", List.of("Redaktur Piket"));
        Article a = extractor.extract(new SourceDocument("rss-1", SourceFormat.HTML, resource("html/tribun-style.html"), null, hints));
        assertThat(a.title()).isEqualTo("Judul dari Umpan RSS");
        assertThat(a.published()).isEqualTo(LocalDate.of(2022, 3, 15));
        assertThat(a.publishedBasis()).isEqualTo(PublishedBasis.STATED);
        assertThat(a.outlet()).isEqualTo("Serambi Indonesia");
        assertThat(a.authors()).containsExactly("Redaktur Piket");
    }

    @Test
    void aPageWithoutTextIsRejectedWithAReason() {
        assertThatThrownBy(() -> html("<html><body><nav><a href='/'>Home</a></nav><script>var x = 1;</script></body></html>", null))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("no article text");
        assertThatThrownBy(() -> html("  \n ", null)).isInstanceOf(ExtractionException.class).hasMessage("empty page");
    }

    private static final String RIAU_TEXT = """
            <p>PEKANBARU - Kabut asap akibat kebakaran hutan dan lahan kian pekat menyelimuti Kota Pekanbaru, Riau, pada Senin pagi.
            Jarak pandang di sejumlah ruas jalan hanya sekitar 300 meter, sehingga pengendara diminta menyalakan lampu.</p>
            <p>Dinas Pendidikan Kota Pekanbaru memutuskan meliburkan sekolah dari tingkat TK hingga SMP selama dua hari ke depan,
            karena kualitas udara sudah masuk kategori berbahaya bagi kesehatan anak-anak.</p>
            <p>"Kami minta orang tua menjaga anak-anak tetap di rumah dan memakai masker bila terpaksa keluar," kata Kepala Dinas
            Pendidikan Kota Pekanbaru kepada wartawan.</p>""";

    @Test
    void aPageStatingOnlyItsLastChangeIsDatedByIt() throws Exception {
        Article a = html("""
                <html><head><title>Kabut Asap Makin Pekat, Sekolah di Pekanbaru Diliburkan</title>
                <meta property="og:updated_time" content="2019-09-16T12:05:00+07:00"></head>
                <body><div class="content">""" + RIAU_TEXT + "</div></body></html>", "https://www.example.co.id/berita/kabut-asap-pekanbaru");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 16));
        assertThat(a.publishedSource()).isEqualTo(id.kabar.model.DateSource.MODIFIED);
        assertThat(a.modified()).isNull();
    }

    @Test
    void anIndonesianDateLineInTheContentDatesThePage() throws Exception {
        Article a = html("""
                <html><head><title>Kabut Asap Makin Pekat, Sekolah di Pekanbaru Diliburkan - Riau Pos</title></head>
                <body><div class="clock">Selasa, 17/09/2019</div><div class="detail-berita">
                <div class="tanggal">Senin, 16 Sep 2019 10:20 WIB</div>""" + RIAU_TEXT + "</div></body></html>",
                "https://www.example.co.id/berita/kabut-asap-pekanbaru");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 16));
        assertThat(a.publishedSource()).isEqualTo(id.kabar.model.DateSource.DATE_LINE);
    }

    @Test
    void theDayFirstAddressOfJawaPosDatesThePage() throws Exception {
        Article a = html("<html><body><div class=\"content\">" + RIAU_TEXT + "</div></body></html>",
                "https://www.jawapos.com/nasional/16/09/2019/kabut-asap-makin-pekat-sekolah-di-pekanbaru-diliburkan/");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 16));
        assertThat(a.publishedSource()).isEqualTo(id.kabar.model.DateSource.ADDRESS);
    }

    @Test
    void theStampOfALiveReportsUpdateUnderAnAnnouncedListIsNoDayHeadingOfASchedule() throws Exception {
        Article a = html("""
                <html><head><title>Live Report: Banjir Rendam Kampung Melayu, Ribuan Warga Mengungsi</title></head>
                <body><div class="detail__body-text">
                <p><strong>Jakarta</strong> - Banjir kembali merendam permukiman di Kampung Melayu, Jakarta Timur, setelah hujan deras mengguyur kawasan Bogor sejak Rabu siang. Ketinggian air di Pos Pantau Katulampa sempat mencapai status Siaga 2.</p>
                <p>detikcom memantau langsung kondisi di lapangan. Berikut perkembangan terbarunya:</p>
                <div class="live-report"><div class="live-report__time">Rabu, 02 Des 2026 23:50 WIB</div>
                <h2>Ketinggian Air Capai 2 Meter</h2>
                <p>Menjelang tengah malam, ketinggian air di permukiman yang paling dekat dengan sungai mencapai dua meter. Petugas pemadam kebakaran mengerahkan enam perahu karet untuk mengevakuasi warga lanjut usia dan anak-anak.</p>
                </div></div></body></html>""", "https://news.detik.com/berita/d-1/live-report-banjir-kampung-melayu");
        assertThat(a.body()).contains("Berikut perkembangan terbarunya:", "Ketinggian Air Capai 2 Meter")
                .doesNotContain("23:50");
    }

    /**
     * A Spanish page whose {@code og:title} is a teaser for social media ({@code ¿Por qué este año habrá menos aceite? Los
     * agricultores lo explican}) while its {@code h1} and its title element word the headline alike: two candidates agree.
     */
    @Test
    void anOpenGraphTeaserWordedUnlikeTheHeadlineAndTitleElementIsNoTitle() throws Exception {
        Article a = html(resource("html/og-title-teaser.html"), "https://www.elecorural.example/campo/cosecha-aceituna-cae-sequia");
        assertThat(a.title()).isEqualTo("La cosecha de aceituna cae un 30 % por la sequía en la comarca");
    }

    /**
     * A Swedish page whose {@code h1} is the site's logo and whose title element names the site and its motto
     * ({@code Norrlandsposten | Nyheter från hela länet}): the headline is the {@code h2} under the logo.
     */
    @Test
    void underAnH1ThatIsTheLogoTheH2IsTheTitleWhenTheTitleElementNamesOnlyTheSite() throws Exception {
        Article a = html(resource("html/logo-h1-site-title.html"),
                "https://www.norrlandsposten.example/lokalt/kommunen-bygger-ny-skola-i-byn");
        assertThat(a.title()).isEqualTo("Kommunen bygger ny skola i byn efter tio års väntan");
    }

    /**
     * A regency's news page whose title element names its section and the site ({@code Berita Daerah | Pemerintah
     * Kabupaten Sleman}) and whose {@code h1} is the logo linking home: the headline is the {@code h2} under the section's
     * {@code h2}, and its date line ({@code Dipublikasikan pada 15/03/2021, 10:15 WIB}) dates the page, not the clock
     * above the logo ({@code Selasa, 6 Desember 2026 10:42:05}).
     */
    @Test
    void underALogoAndASectionTitleTheEntrysH2IsTheHeadlineAndItsDateLineDatesThePage() throws Exception {
        Article a = html(resource("html/section-title-logo-h1.html"), null);
        assertThat(a.title()).isEqualTo("Bupati Resmikan Pasar Rakyat Prambanan Setelah Direvitalisasi");
        assertThat(a.published()).isEqualTo(LocalDate.of(2021, 3, 15));
    }

    /**
     * A campus's news page with no headline in any heading or declared title ({@code Berita - Universitas Nusa Cendana},
     * its logo the {@code h1}): the line its breadcrumb repeats is the headline, though the lead retells its words.
     */
    @Test
    void aHeadlineTheBreadcrumbRepeatsStandsThoughTheLeadRetellsIt() throws Exception {
        Article a = html(resource("html/campus-breadcrumb-headline.html"), null);
        assertThat(a.title()).isEqualTo("Tim Robotika Fakultas Teknik Juarai Kontes Robot Indonesia Tingkat Nasional");
        assertThat(a.published()).isEqualTo(LocalDate.of(2023, 5, 17));
    }

    /**
     * A regional portal whose title element is {@code Daerah - SuaraKampung.id}, its {@code h1} the logo and its headline
     * a bold line the text opens with: the breadcrumb trail's last step names the article.
     */
    @Test
    void theBreadcrumbTrailsLastStepIsTheHeadlineWhenNothingDeclaresOne() throws Exception {
        Article a = html(resource("html/breadcrumb-trail-headline.html"), null);
        assertThat(a.title()).isEqualTo("Ratusan Nelayan Cilacap Tak Melaut Akibat Gelombang Tinggi");
        assertThat(a.body()).startsWith("CILACAP - Ratusan nelayan di Pantai Teluk Penyu");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 12));
    }

    /**
     * Kompas.com's live report (CLICK-ID's text of 10 September 2019) sets a {@code LIVE} badge in a span of its own
     * inside the {@code h1}: the badge names the page's kind, no word of the headline.
     */
    @Test
    void aBadgeOpeningTheHeadlineInAnElementOfItsOwnIsNoPartOfTheTitle() throws Exception {
        Article a = html(resource("html/kompas-live-badge-h1.html"), null);
        assertThat(a.title()).isEqualTo("Estonia Vs Belanda, Ryan Babel Cetak 2 Gol, De Oranje Menang Telak");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 10));
    }

    /**
     * A Tempo.co page as fetched before its script names the article: {@code <title>Tempo.co</title>}, the logo an
     * {@code h1} of plain text writing the same name, the headline the entry's {@code h2} (CLICK-ID's text of 10
     * September 2019). A title element of the site's name alone names no article.
     */
    @Test
    void aTitleElementOfTheSitesNameAloneNamesNoArticleAndTheH2UnderTheLogoIsTheHeadline() throws Exception {
        Article a = html(resource("html/site-name-title-logo-h1.html"), null);
        assertThat(a.title()).isEqualTo("Luhut Panjaitan Mengakui Reklamasi Teluk Benoa Merusak Lingkungan");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 10));
    }

    /**
     * Kompas.com's regional page (CLICK-ID's text of 16 September 2019) sets a subtitle after a break in a
     * {@code <small>} inside the {@code h1}; its title element holds the headline without it.
     */
    @Test
    void aSubtitleClosingTheHeadlineInAnElementOfItsOwnThatTheTitleElementLeavesOutIsNoPartOfTheTitle() throws Exception {
        Article a = html(resource("html/kompas-subtitle-in-h1.html"), null);
        assertThat(a.title()).isEqualTo("Terungkap, Tiga Pelaku Bergantian Perkosa Mayat Remaja 13 Tahun");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 16));
    }

    /**
     * A Tribunnews network page (CLICK-ID's text of 10 September 2019) opens its {@code h1} with a kicker in a span of
     * its own ({@code VIRAL}) that its title element leaves out.
     */
    @Test
    void aKickerOpeningTheHeadlineInAnElementOfItsOwnThatTheTitleElementLeavesOutIsNoPartOfTheTitle() throws Exception {
        Article a = html(resource("html/tribun-kicker-in-h1.html"), null);
        assertThat(a.title()).isEqualTo("Wagub Jabar Lantik Pengurus DKM Masjid Al-Jabbar");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 10));
    }

    /**
     * A CNN Indonesia page (CLICK-ID's text of 12 September 2019) titles itself {@code CNN Indonesia} in its title
     * element and its {@code og:title} alike, the site's name it declares: the headline is the {@code h1}.
     */
    @Test
    void aDeclaredTitleOfTheSiteNameAloneGivesWayToTheHeadlineShown() throws Exception {
        Article a = html(resource("html/cnnindonesia-site-name-title.html"), null);
        assertThat(a.title()).isEqualTo("Australia Melaju ke Semifinal Piala Dunia Basket FIBA 2019");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 12));
    }

    /**
     * A detik page (CLICK-ID's SINDOnews text of 12 September 2019) holds in its {@code <header class="detail__header">}
     * the headline, the byline {@code Achmad Dwi Afriyadi - detikFinance}, the date line and a share bar, all inside the
     * article block the text is in: the byline is the header's, not the text's first line.
     */
    @Test
    void aBylineOfTheWriterAndTheChannelAboveTheTextIsNoPartOfTheBody() throws Exception {
        Article a = html(resource("html/detik-header-byline-share-bar.html"), null);
        assertThat(a.title()).isEqualTo("KUR Bagi Nasabah Mekaar, Menteri Rini Ingin Ibu-ibu Sukses dan Sejahtera");
        assertThat(a.body()).doesNotContain("detikFinance");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 12));
    }

    /**
     * A detik regional page (CLICK-ID's SINDOnews text of 16 September 2019) holds in its article block the headline,
     * the byline {@code Tim detikJateng - detikJateng} and the age {@code 2 jam yang lalu} above the text: both are
     * the header's.
     */
    @Test
    void aChannelBylineAndAnAgeAboveTheTextAreNoPartOfTheBody() throws Exception {
        Article a = html(resource("html/detik-regional-byline-age.html"), null);
        assertThat(a.body()).startsWith("Oknum Pegawai Negeri Sipil (PNS) di lingkungan Pemkab Kerinci");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 16));
    }

    /**
     * An Okezone page with no {@code h1} (CLICK-ID's text of 16 September 2019): a header box classed {@code title}
     * holds the headline's block ({@code judul-artikel}) and the byline's with its date, under an {@code og:title}
     * and a title element carrying the outlet at opposite ends. The box is no headline; the block inside it is.
     */
    @Test
    void aHeaderBoxNamedAsTheTitleHoldingTheHeadlineAndTheBylineInBlocksIsNoHeadline() throws Exception {
        Article a = html(resource("html/okezone-headline-box-no-h1.html"), null);
        assertThat(a.title()).isEqualTo("Bugatti Paling Langka di Dunia, Ditaksir Seharga Rp57 Miliar");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 16));
        assertThat(a.body()).startsWith("Sejarah perkembangan industri otomotif");
    }

    /**
     * A SINDOnews page (CLICK-ID's text of 16 September 2019, published 23:34) shows only {@code 8 jam yang lalu}
     * under the headline and the clock {@code Selasa, 17 September 2019 | 08:00 WIB} atop it: eight hours back is
     * midnight, but an age cut down or rounded to its hour allows 23:00 to 00:30, and the lead's {@code Senin
     * (16/9/2019)} picks the Monday.
     */
    @Test
    void anAgeWhoseHourCrossesMidnightTakesTheDayTheLeadWritesWithItsWeekday() throws Exception {
        Article a = html(resource("html/sindonews-age-across-midnight.html"), null);
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 9, 16));
    }
}
