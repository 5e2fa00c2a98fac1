package id.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.Article;
import id.kabar.model.SourceDocument;
import id.kabar.model.SourceFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Full pages written after the layouts of Indonesian outlets (the extraction bench's {@code indonesian-pages/dev3},
 * {@code dev5}, {@code dev7}, {@code dev8} and {@code dev9}),
 * with everything around the article a real page carries, each showing a way its title, day or text was once read
 * wrong.
 */
class OutletPagesTest {
    /** The bench's own copy of the pages, read from its classpath so the fixtures are not kept twice. */
    private static final String DEV3 = "/id/kabar/bench/indonesian-pages/dev3/";
    private static final String DEV5 = "/id/kabar/bench/indonesian-pages/dev5/";
    private static final String DEV7 = "/id/kabar/bench/indonesian-pages/dev7/";
    private static final String DEV8 = "/id/kabar/bench/indonesian-pages/dev8/";
    private static final String DEV9 = "/id/kabar/bench/indonesian-pages/dev9/";

    private final ArticleExtractor extractor = new ArticleExtractor();

    private Article page(String name) throws IOException, ExtractionException {
        return page(DEV3, name);
    }

    private Article page(String folder, String name) throws IOException, ExtractionException {
        return extractor.extract(new SourceDocument(name, SourceFormat.HTML, source(folder, name), null, null));
    }

    private static String source(String folder, String name) throws IOException {
        try (InputStream in = OutletPagesTest.class.getResourceAsStream(folder + name + "/source.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The page as its template would serve it declaring {@code lang}, the rest of it the same. */
    private Article declaring(String lang, String folder, String name) throws IOException, ExtractionException {
        String html = source(folder, name).replaceFirst("<html lang=\"id[^\"]*\"", "<html lang=\"" + lang + "\"");
        assertThat(html).doesNotContain("lang=\"id");
        return extractor.extract(new SourceDocument(name, SourceFormat.HTML, html, null, null));
    }

    @Test
    void theHeadlineShownInTheH1WinsOverAnOgTitleWordedForSharing() throws Exception {
        assertThat(page("cnbc-rupiah-rdg").title()).isEqualTo("Jelang RDG BI, Rupiah Menguat ke Rp 15.550/US$");
        assertThat(page("pikiranrakyat-terbit-kereta-cepat").title())
                .isEqualTo("Uji Coba Kereta Cepat Jakarta-Bandung Dibuka untuk Warga Mulai Pekan Depan");
    }

    @Test
    void aSiteNameGluedWithAColonIsCut() throws Exception {
        assertThat(page("kapanlagi-konser-tiket").title()).isEqualTo("Raisa Gelar Konser Tunggal di GBK, Tiket Ludes dalam Sepuluh Menit");
    }

    @Test
    void underAnH1ThatIsTheLogoTheHeadlineIsTheH2AndATextWrittenWithBreaksIsRead() throws Exception {
        Article a = page("sindonews-logo-h1-kabinet");
        assertThat(a.title()).isEqualTo("Jokowi Lantik 34 Menteri Kabinet Indonesia Maju, Prabowo Jadi Menhan");
        assertThat(a.body()).startsWith("JAKARTA - Presiden Joko Widodo (Jokowi) melantik 34 menteri")
                .endsWith("(abd)").doesNotContain("Foto/SINDOnews", "Baca Juga");
        assertThat(a.body().split("\n\n")).hasSize(7);
    }

    @Test
    void aPhotosCaptionAboveTheTextIsNoStandfirst() throws Exception {
        assertThat(page("cnbc-rupiah-rdg").body()).startsWith("Jakarta, CNBC Indonesia - Nilai tukar rupiah");
        assertThat(page("antaranews-festival-danau-toba").body()).startsWith("Balige, Sumut (ANTARA) - Pemerintah Provinsi");
        assertThat(page("kumparan-jsonld-diperbarui").body()).startsWith("Harga beras medium di Pasar Induk Beras Cipinang");
    }

    @Test
    void theReportersCreditAndTheVideoPitchAreNoText() throws Exception {
        assertThat(page("tribunjogja-halaman-droping-air").body()).startsWith("Menurut Edy, sumur-sumur warga");
        assertThat(page("liputan6-tengah-malam-gempa").body())
                .endsWith("terutama bangunan yang retak akibat gempa pada 2017.");
    }

    @Test
    void theDateLineUnderTheHeadlineWinsOverMetadataADayOff() throws Exception {
        // JSON-LD 2019-09-15T23:10:12Z under "Senin, 16 Sep 2019 06:10 WIB"
        assertThat(page("detik-kereta-anjlok").published()).isEqualTo(LocalDate.of(2019, 9, 16));
        // JSON-LD's datePublished the time of "diperbarui 17 Februari 2025 9:05 WIB" under "16 Februari 2025 14:30 WIB"
        Article kumparan = page("kumparan-jsonld-diperbarui");
        assertThat(kumparan.published()).isEqualTo(LocalDate.of(2025, 2, 16));
        assertThat(kumparan.modified()).isEqualTo(LocalDate.of(2025, 2, 17));
    }

    @Test
    void publishedAndUpdatedAreKeptApart() throws Exception {
        Article liputan6 = page("liputan6-tengah-malam-gempa");
        assertThat(liputan6.published()).isEqualTo(LocalDate.of(2019, 9, 15));
        assertThat(liputan6.modified()).isEqualTo(LocalDate.of(2019, 9, 16));
        Article kapanlagi = page("kapanlagi-konser-tiket");
        assertThat(kapanlagi.published()).isEqualTo(LocalDate.of(2019, 9, 24));
        assertThat(kapanlagi.modified()).isEqualTo(LocalDate.of(2019, 9, 25));
    }

    @Test
    void anAgeUnderTheHeadlineCountsBackFromTheSitesClock() throws Exception {
        // "2 jam yang lalu" under the header's "Senin, 16 September 2019 | 17:05 WIB"
        assertThat(page("jatimnow-relatif-banjir-rob").published()).isEqualTo(LocalDate.of(2019, 9, 16));
    }

    @Test
    void anAgeInDaysCountsBackWholeDaysFromAClockWithoutTime() throws Exception {
        // "5 hari yang lalu" under the header's "Sabtu, 19 Oktober 2019"
        assertThat(page(DEV5, "regional-hanya-umur-relatif").published()).isEqualTo(LocalDate.of(2019, 10, 14));
    }

    @Test
    void aDayOpeningTheAddresssQueryDatesAPageWhoseDateLineHasNoYear() throws Exception {
        // "Senin (14/10) 09:12 WIB" under the canonical https://www.koranbantenkita.com/berita?a=20191014-banjir-rob-...
        assertThat(page(DEV5, "regional-tahun-di-query-alamat").published()).isEqualTo(LocalDate.of(2019, 10, 14));
    }

    @Test
    void aLogoH1BesideTheHeadlinesH1IsSetAside() throws Exception {
        // <h1 class="site-title">JatengPos.id</h1> above <h1 class="judul-live">, og:title "LIVE: ..."
        assertThat(page(DEV5, "live-dua-h1-logo-teks").title()).isEqualTo("Demo Mahasiswa Tolak RKUHP di Depan Gedung DPR Semarang");
    }

    @Test
    void aMiddleDotPartsTheSitesNameFromTheHeadline() throws Exception {
        // <title>Tempo.co · Jokowi Inaugurates ...</title>, og:title the same
        assertThat(page(DEV5, "tempo-inggris-situs-dulu-titik-tengah").title())
                .isEqualTo("Jokowi Inaugurates Trans-Sumatra Toll Road Section in Lampung");
    }

    @Test
    void aUnixTimeInTheDateElementsDataTimeDatesThePage() throws Exception {
        // <div class="jeg_meta_date" data-time="1795508400"> showing "Waktu baca 2 menit", a header clock of 6 December
        assertThat(page(DEV7, "akurat-jnews-data-time-unix").published()).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void aHeadlineInAnElementClassedJudulBeatsATitleOfTheSectionAndTheOffice() throws Exception {
        // <p class="judul"><strong>...</strong></p>, no h1, <title>Berita - Diskominfo Kabupaten Sleman</title>
        assertThat(page(DEV7, "diskominfo-joomla-p-judul").title())
                .isEqualTo("Pemkab Sleman Salurkan Bibit Padi Tahan Genangan ke 42 Kelompok Tani");
    }

    @Test
    void aSeriesBoxOverTheArticleBlockDatesNothingAndTheHeadersKeyPointsAreNoText() throws Exception {
        // <time datetime="2026-12-03..."> beside the earlier part's link above <article>, whose header shows "oleh ... di
        // 29 November 2026" and a list of key points over the text
        Article a = page(DEV7, "mongabay-terkait-di-atas-kepala");
        assertThat(a.published()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(a.body()).startsWith("Sekelompok pemuda di Desa Teluk Bakau").doesNotContain("Tingkat hidup bibit tahap pertama");
    }

    @Test
    void aPageWrittenInIndonesianIsReadAsOneWhateverLanguageItsTemplateDeclares() throws Exception {
        // the h1 over an og:title worded for sharing, a headline in <p class="judul"> with no h1: rules of Indonesian pages
        for (String lang : new String[] {"en", "en-US", ""}) {
            assertThat(declaring(lang, DEV3, "cnbc-rupiah-rdg").title()).as(lang)
                    .isEqualTo("Jelang RDG BI, Rupiah Menguat ke Rp 15.550/US$");
            assertThat(declaring(lang, DEV7, "diskominfo-joomla-p-judul").title()).as(lang)
                    .isEqualTo("Pemkab Sleman Salurkan Bibit Padi Tahan Genangan ke 42 Kelompok Tani");
        }
    }

    @Test
    void aDateInNumbersOnAnIndonesianPageDeclaringEnUsPutsTheDayFirst() throws Exception {
        // <html lang="en-US">, og:locale en_US: "7/12/2026" under the headline, "Sen, 07/12/2026 - 00:10" (a Monday)
        assertThat(page(DEV8, "prokal-tanggal-angka-en-us").published()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(page(DEV8, "lampost-judul-tagline-en-us").published()).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void aDataLayerOrANuxtStateDatesAPageThatShowsNoDay() throws Exception {
        assertThat(page(DEV8, "mediaindonesia-datalayer-tanpa-lang").published()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(page(DEV8, "narasi-nuxt-lang-en").published()).isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void theSitesNameWithItsTaglineIsCutFromTheTitle() throws Exception {
        assertThat(page(DEV8, "hukumonline-ringkasan-tagline").title())
                .isEqualTo("MA Terbitkan Aturan Baru Gugatan Sederhana Sengketa Konsumen");
        assertThat(page(DEV8, "lampost-judul-tagline-en-us").title())
                .isEqualTo("Harga Kopi Robusta Lampung Barat Tembus Rp68 Ribu per Kilogram");
    }

    @Test
    void aBoxOfKeyPointsLabelledRingkasanOrPoinPentingIsNoText() throws Exception {
        assertThat(page(DEV8, "hukumonline-ringkasan-tagline").body())
                .startsWith("Mahkamah Agung (MA) menerbitkan Peraturan").doesNotContain("Ringkasan", "Perma baru memperluas");
        assertThat(page(DEV8, "theconversation-poin-penting").body())
                .startsWith("Hujan dengan intensitas").doesNotContain("Poin penting", "Hujan ekstrem di kota besar");
    }

    @Test
    void aTitleElementNamingNoWordOfTheStoryLosesToTheHeadline() throws Exception {
        // <title>Berita Terkini - Kanal Daerah - Priangan Today</title> on every article of the channel
        assertThat(page(DEV9, "kanal-daerah-title-berita-terkini").title())
                .isEqualTo("Ratusan Warga Garut Antre Air Bersih di Tengah Kemarau Panjang");
    }

    @Test
    void aBreadcrumbTrailInTheOnlyH1LeavesTheHeadlineToTheElementClassedSo() throws Exception {
        // <h1><a href="/">Home</a> / <a href="/daerah">Daerah</a></h1> over <div class="judul-berita">, under the title
        // element Kabar Sumedang - Berita Terkini Jawa Barat Hari Ini
        assertThat(page(DEV9, "h1-breadcrumb-judul-div").title())
                .isEqualTo("Tol Cisumdawu Seksi Dua Mulai Dilalui Kendaraan Pekan Depan");
    }
}
