package id.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleFinderTest {
    private final TitleFinder finder = new TitleFinder();

    @Test
    void cutsTheSiteNameFromADeclaredTitle() {
        assertThat(TitleFinder.withoutSiteName("Rusia Bantah Minta Bantuan Militer China - Serambinews.com", "Serambinews.com", null))
                .isEqualTo("Rusia Bantah Minta Bantuan Militer China");
        assertThat(TitleFinder.withoutSiteName("Harga Beras Naik Lagi | Kompas", null, "https://money.kompas.com/read/1"))
                .isEqualTo("Harga Beras Naik Lagi");
        assertThat(TitleFinder.withoutSiteName("Kremlin: Terlalu Cepat Menilai Pembicaraan dengan Ukraina", "Gatra.com", null))
                .isEqualTo("Kremlin: Terlalu Cepat Menilai Pembicaraan dengan Ukraina");
    }

    @Test
    void theSitesNameWithItsTaglineIsCut() {
        assertThat(TitleFinder.withoutSiteName("Harga Kopi Robusta Lampung Barat Tembus Rp68 Ribu per Kilogram - Lampost.co"
                + " | Berita Lampung Terkini dan Terpercaya", "Lampost.co", "https://lampost.co/ekbis/harga-kopi/"))
                .isEqualTo("Harga Kopi Robusta Lampung Barat Tembus Rp68 Ribu per Kilogram");
        assertThat(TitleFinder.withoutSiteName("MA Terbitkan Aturan Baru Gugatan Sederhana Sengketa Konsumen | Hukumonline.com"
                + " - Portal Hukum Indonesia", "hukumonline.com", null))
                .isEqualTo("MA Terbitkan Aturan Baru Gugatan Sederhana Sengketa Konsumen");
        assertThat(TitleFinder.withoutSiteName("Pemilu - Lampost.co | Berita Lampung Terkini dan Terpercaya", "Lampost.co", null))
                .as("no headline before the name").isEqualTo("Pemilu - Lampost.co | Berita Lampung Terkini dan Terpercaya");
    }

    @Test
    void aSiteNameGluedWithAColonIsCut() {
        assertThat(TitleFinder.withoutSiteName("KapanLagi.com: Raisa Rilis Album Baru Setelah Lima Tahun Vakum", null, null))
                .isEqualTo("Raisa Rilis Album Baru Setelah Lima Tahun Vakum");
    }

    @Test
    void aNameThatAnotherCandidateLeavesOutIsCut() {
        List<String> candidates = List.of("Kapanlagi: Raisa Rilis Album Baru Setelah Lima Tahun Vakum",
                "Raisa Rilis Album Baru Setelah Lima Tahun Vakum");
        assertThat(TitleFinder.withoutNameOthersLack(candidates.get(0), candidates))
                .isEqualTo("Raisa Rilis Album Baru Setelah Lima Tahun Vakum");
        // a speaker before the colon stays when no other candidate drops it
        List<String> quoted = List.of("Kremlin: Terlalu Cepat Menilai Pembicaraan dengan Ukraina",
                "Kremlin: Terlalu Cepat Menilai Pembicaraan dengan Ukraina | Gatra");
        assertThat(TitleFinder.withoutNameOthersLack(quoted.get(0), quoted)).isEqualTo(quoted.get(0));
    }

    @Test
    void aTitleElementKeepsTheHeadlineBeforeTheSiteHierarchy() {
        assertThat(TitleFinder.fromTitleElement("Putin Siap Kirim Perwakilan Rusia - Dunia - WowKeren.com", List.of()))
                .isEqualTo("Putin Siap Kirim Perwakilan Rusia - Dunia");
        assertThat(TitleFinder.fromTitleElement("Berita | Rusia Siap Kirim Perwakilan ke Belarus", List.of()))
                .isEqualTo("Rusia Siap Kirim Perwakilan ke Belarus");
    }

    @Test
    void aTitleElementOpeningWithTheSiteAndItsSectionKeepsTheHeadlineAfterThem() {
        assertThat(TitleFinder.fromTitleElement("Ayobandung.com | Bandung Raya | Tiga Jembatan Gantung di Bandung Selatan Diperbaiki",
                List.of())).isEqualTo("Tiga Jembatan Gantung di Bandung Selatan Diperbaiki");
    }

    @Test
    void onATextPageTheBreadcrumbRepeatedLineIsTheHeadline() {
        PageReading page = new PageReading(List.of("Home Internasional Kremlin: Terlalu Cepat Menilai Pembicaraan dengan Ukraina",
                "Kremlin: Terlalu Cepat Menilai Pembicaraan dengan Ukraina", "Berita Dunia Hari Ini Paling Lengkap"),
                List.of("Moskow, Gatra.com - Kremlin mengatakan terlalu dini untuk menarik kesimpulan."), List.of(), PageMetadata.NONE);
        assertThat(finder.find(page, null, null)).contains("Kremlin: Terlalu Cepat Menilai Pembicaraan dengan Ukraina");
    }

    @Test
    void aTeaserThatCopiesTheLeadIsNotTheHeadline() {
        PageReading page = new PageReading(List.of("Internasional",
                "Rusia Bantah Minta Bantuan Militer China Untuk Memperkuat Serangan ke Ukraina",
                "Pemerintah Rusia membantah telah meminta bantuan militer China untuk menggempur Ukraina"),
                List.of("SERAMBINEWS.COM, MOSKOW - Pemerintah Rusia membantah telah meminta bantuan militer China untuk menggempur Ukraina."),
                List.of(), PageMetadata.NONE);
        assertThat(finder.find(page, null, null)).contains("Rusia Bantah Minta Bantuan Militer China Untuk Memperkuat Serangan ke Ukraina");
    }

    @Test
    void aPageWithoutHeadlineHasNone() {
        PageReading page = new PageReading(List.of(), List.of("Suara.com - Para pejabat dari Rusia dan Ukraina telah mengakhiri pembicaraan."),
                List.of(), PageMetadata.NONE);
        assertThat(finder.find(page, null, null)).isEmpty();
    }

    @Test
    void theSiteNameInTheTitleIsThePartThatSpellsTheDomain() {
        assertThat(TitleFinder.siteNameInTitle("Merapi Siaga, Sleman Siapkan 20 Titik Pengungsian - Warta Merapi",
                "https://www.wartamerapi.co.id/daerah/1")).contains("Warta Merapi");
        assertThat(TitleFinder.siteNameInTitle("JawaPos.com: Kabut Asap Riau Makin Pekat", "https://www.jawapos.com/x")).contains("JawaPos.com");
        assertThat(TitleFinder.siteNameInTitle("Merapi Siaga | Kedaulatan Rakyat", "https://www.krjogja.com/x")).isEmpty();
        assertThat(TitleFinder.siteNameInTitle("Merapi Siaga", "https://www.wartamerapi.co.id/x")).isEmpty();
    }

    @Test
    void theSitesNameWithItsSectionIsCut() {
        assertThat(TitleFinder.withoutSiteName("Harga Beras Naik Jelang Ramadhan : Okezone Economy", "Okezone.com",
                "https://economy.okezone.com/read/2023/02/13/320/2764521/harga-beras-naik")).isEqualTo("Harga Beras Naik Jelang Ramadhan");
        assertThat(TitleFinder.withoutSiteName("Harga Beras Naik Jelang Ramadhan : Okezone Economy", null,
                "https://economy.okezone.com/read/2023/02/13/320/2764521/harga-beras-naik")).isEqualTo("Harga Beras Naik Jelang Ramadhan");
        assertThat(TitleFinder.withoutSiteName("Kremlin: Terlalu Cepat Menilai Pembicaraan dengan Ukraina", "Gatra.com", null))
                .as("a headline's own colon").isEqualTo("Kremlin: Terlalu Cepat Menilai Pembicaraan dengan Ukraina");
    }

    @Test
    void thePageOfAPagedArticleIsCut() {
        assertThat(TitleFinder.withoutPage("Harga Beras Naik Jelang Ramadhan Halaman all")).isEqualTo("Harga Beras Naik Jelang Ramadhan");
        assertThat(TitleFinder.withoutPage("Harga Beras Naik Jelang Ramadhan - Halaman 2")).isEqualTo("Harga Beras Naik Jelang Ramadhan");
        assertThat(TitleFinder.withoutPage("Liga 1 2023: Persib Menang 2-1")).isEqualTo("Liga 1 2023: Persib Menang 2-1");
        assertThat(TitleFinder.withoutPage("Ekonomi Tumbuh 5 Persen di Kuartal 2")).isEqualTo("Ekonomi Tumbuh 5 Persen di Kuartal 2");
    }

    @Test
    void aDeclaredTitleRetellsTheShownHeadlineWhenHalfItsWordsStandInIt() {
        String headline = "Kisah Inspiratif Driver Ojol yang Mampu Bangun Yayasan Pendidikan di Surakarta";
        assertThat(TitleFinder.retellsStory(headline, List.of(), "Driver Ojol Bangun Yayasan Pendidikan")).isTrue();
        assertThat(TitleFinder.retellsStory(headline, List.of(), "Driver Ojol Bangun Yayasan Pendidikan Halaman 2")).isTrue();
        assertThat(TitleFinder.retellsStory("Kementerian Perhubungan Evaluasi Tarif Baru Ojek Online", List.of(),
                "Aplikator Ojek Online Bertambah Dua")).as("another story, 2 of 5 words").isFalse();
        // CNBC Indonesia: og:title and title element worded for sharing, the h1 the headline shown
        assertThat(TitleFinder.retellsStory("Jelang RDG BI, Rupiah Menguat ke Rp 15.550/US$",
                List.of("Rupiah Menguat Jelang Rapat BI, Dolar Melemah"), "Rupiah Menguat Jelang Rapat BI, Dolar Melemah")).isTrue();
    }

    @Test
    void theShownHeadlineIsTheH2UnderAnH1ThatIsTheSitesLogo() {
        String url = "https://nasional.sindonews.com/read/1449920/12/jokowi-lantik-34-menteri";
        assertThat(TitleFinder.shownHeadline(List.of("SINDOnews.com"),
                List.of("Jokowi Lantik 34 Menteri Kabinet Indonesia Maju, Prabowo Jadi Menhan", "Berita Terkini"), "SINDOnews.com", url, null))
                .isEqualTo("Jokowi Lantik 34 Menteri Kabinet Indonesia Maju, Prabowo Jadi Menhan");
        assertThat(TitleFinder.shownHeadline(List.of("Nasional"),
                List.of("Jokowi Lantik 34 Menteri Kabinet Indonesia Maju, Prabowo Jadi Menhan"), "SINDOnews.com", url, null))
                .as("an h1 naming a section, not the site").isNull();
        assertThat(TitleFinder.shownHeadline(List.of("Harga Garam Anjlok", "Berita Lain"), List.of(), null, url, null))
                .as("two h1").isNull();
    }

    @Test
    void anH1ThatIsTheLogoGivesWayToTheFirstH2ReadingAsAHeadline() {
        List<String> h2 = List.of("Berita Daerah", "Bupati Resmikan Pasar Rakyat Prambanan Setelah Direvitalisasi");
        assertThat(TitleFinder.shownHeadline(List.of("Pemerintah Kabupaten Sleman"), h2, null, null, "Pemerintah Kabupaten Sleman"))
                .isEqualTo("Bupati Resmikan Pasar Rakyat Prambanan Setelah Direvitalisasi");
        assertThat(TitleFinder.shownHeadline(List.of("Pemerintah Kabupaten Sleman"), h2, null, null, null))
                .as("not known as the logo, an h1 of three words reads as a headline").isEqualTo("Pemerintah Kabupaten Sleman");
    }

    @Test
    void aTitleElementOfTheSitesNameAndASectionNamesNoArticle() {
        assertThat(TitleFinder.namesSiteAndSection("Berita Daerah | Pemerintah Kabupaten Sleman", null, null,
                "Pemerintah Kabupaten Sleman")).isTrue();
        assertThat(TitleFinder.namesSiteAndSection("Daerah - SuaraKampung.id", null, null, "SuaraKampung.id")).isTrue();
        assertThat(TitleFinder.namesSiteAndSection("Berita - Universitas Nusa Cendana", null, null, null))
                .as("nothing names the site").isFalse();
        assertThat(TitleFinder.namesSiteAndSection("Bupati Resmikan Pasar Rakyat Prambanan | Pemerintah Kabupaten Sleman",
                null, null, "Pemerintah Kabupaten Sleman")).as("a headline beside the site's name").isFalse();
    }

    @Test
    void aBreadcrumbTrailEndingWithAHeadlineNamesTheArticle() {
        assertThat(TitleFinder.trailHeadline(List.of("Gubernur Buka Pameran UMKM di Purwokerto | Harga Gabah Kering Naik",
                "Beranda » Daerah » Ratusan Nelayan Cilacap Tak Melaut Akibat Gelombang Tinggi")))
                .contains("Ratusan Nelayan Cilacap Tak Melaut Akibat Gelombang Tinggi");
        assertThat(TitleFinder.trailHeadline(List.of("Beranda » Berita » Berita Daerah"))).as("a section ends it").isEmpty();
        assertThat(TitleFinder.trailHeadline(List.of("Beranda » Daerah » Ratusan Nelayan Cilacap Tak Melaut...")))
                .as("cut short").isEmpty();
        assertThat(TitleFinder.trailHeadline(List.of("Homeland » Ratusan Nelayan Cilacap Tak Melaut Akibat Gelombang Tinggi")))
                .as("no home link opens it").isEmpty();
    }

    @Test
    void aTitleElementSharingFewerThanHalfItsWordsWithTheHeadlineTellsAnotherStory() {
        String headline = "Ratusan Warga Garut Antre Air Bersih di Tengah Kemarau Panjang";
        assertThat(TitleFinder.tellsAnotherStory("Berita Terkini - Kanal Daerah", headline)).isTrue();
        // CNN Indonesia's home page title, its site's name cut, over a page of the basketball world cup
        assertThat(TitleFinder.tellsAnotherStory("Berita Terbaru, Terkini Indonesia, Dunia",
                "Australia Melaju ke Semifinal Piala Dunia Basket FIBA 2019")).isTrue();
        assertThat(TitleFinder.tellsAnotherStory("Warga Garut Antre Air Bersih", headline)).isFalse();
        assertThat(TitleFinder.tellsAnotherStory(null, headline)).isFalse();
    }
}
