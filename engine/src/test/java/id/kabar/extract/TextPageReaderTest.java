package id.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a scraped text page's article starts and ends, on lines taken from the seeds and outlet pages. */
class TextPageReaderTest {
    private final TextPageReader reader = new TextPageReader();

    private static String lines(String... lines) {
        return String.join("\n", lines);
    }

    @Test
    void aStandfirstOfRealSentencesBeforeTheDatelineIsKept() throws Exception {
        PageReading page = reader.read(lines(
                "Putin Siap Kirim Perwakilan Rusia Untuk Negoisasi Dengan Ukraina", "iStockphoto", "Dunia", "",
                "Vladimir Putin siap kirimkan perwakilannya datang ke Belarus guna kembali lakukan negoisasi dengan Ukraina."
                        + " Pertemuan itu diharapkan dapat menghentikan invasi Rusia ke Ukraina.", "",
                "WowKeren - Presiden Rusia Vladimir Putin masih enggan menarik pasukan militernya keluar dari wilayah Ukraina.",
                "(wk/Sisi)", "Follow Berita WowKeren.com di Google News", "You can share this post!", "Rekomendasi Artikel"));
        assertThat(page.paragraphs()).hasSize(3);
        assertThat(page.paragraphs().get(0)).startsWith("Vladimir Putin siap kirimkan");
        assertThat(page.paragraphs().get(2)).isEqualTo("(wk/Sisi)");
        assertThat(page.before()).contains("Putin Siap Kirim Perwakilan Rusia Untuk Negoisasi Dengan Ukraina");
    }

    @Test
    void aCaptionAndACutTeaserBeforeTheDatelineAreNot() throws Exception {
        PageReading page = reader.read(lines("Internasional",
                "Rusia Bantah Minta Bantuan Militer China Untuk Memperkuat Serangan ke Ukraina",
                "Pemerintah Rusia membantah telah meminta bantuan militer China untuk menggempur Ukraina. Juru bicara Kremlin"
                        + " Dmitry Peskov mengataan laporan media",
                "Editor: M Nur Pakar", "VOA", "Juru bicara kepresidenan Rusia, Dmitry Peskov. ",
                "SERAMBINEWS.COM, MOSKOW - Pemerintah Rusia membantah telah meminta bantuan militer China untuk menggempur Ukraina.",
                "Juru bicara Kremlin Dmitry Peskov mengataan laporan media yang menuduh bahwa Rusia meminta bantuan militer China tidakbenar."));
        assertThat(page.paragraphs()).hasSize(2);
        assertThat(page.paragraphs().get(0)).startsWith("SERAMBINEWS.COM, MOSKOW - ");
    }

    @Test
    void furnitureInsideTheArticleGoesAndASubheadingStays() throws Exception {
        PageReading page = reader.read(lines(
                "Suara.com - Para pejabat dari Rusia dan Ukraina telah mengakhiri pembicaraan perdamaian mereka.",
                "- Advertisement -",
                "\"Karena sudah disetujui para presiden (Volodymyr) Zelenskyy dan Putin, Anda bisa merasa aman.\"",
                "Baca Juga: Gelombang Pengungsi dari Ukraina Mulai Berdatangan ke Perbatasan Polandia",
                "SCROLL TO CONTINUE WITH CONTENT",
                "Hari kelima perang",
                "Pembicaraan tersebut terjadi di hari kelima perang.",
                "Berita Terkait", "-", "Setelah Kalah dari Zambia, Indonesia Bakal Hadapi Brasil! Lawan Mengerikan"));
        assertThat(page.paragraphs()).containsExactly(
                "Suara.com - Para pejabat dari Rusia dan Ukraina telah mengakhiri pembicaraan perdamaian mereka.",
                "\"Karena sudah disetujui para presiden (Volodymyr) Zelenskyy dan Putin, Anda bisa merasa aman.\"",
                "Hari kelima perang",
                "Pembicaraan tersebut terjadi di hari kelima perang.");
        assertThat(page.after()).containsSubsequence("- Advertisement -", "SCROLL TO CONTINUE WITH CONTENT", "Berita Terkait");
    }

    @Test
    void aReadMoreLinkGluedToAParagraphIsCutOff() throws Exception {
        PageReading page = reader.read(lines(
                "Jakarta - Harga cabai rawit di Pasar Induk Kramat Jati turun menjadi Rp 40.000 per kilogram pekan ini.",
                "\"Pasokan dari Jawa Tengah sudah normal,\" kata pedagang. Baca juga: Harga Bawang Merah Naik Jelang Lebaran",
                "Sementara itu, harga bawang putih stabil di kisaran Rp 32.000 per kilogram. Baca juga: pedagang menilai"
                        + " permintaan masih tinggi menjelang Ramadhan tahun ini dan stok cukup."));
        assertThat(page.paragraphs().get(1)).isEqualTo("\"Pasokan dari Jawa Tengah sudah normal,\" kata pedagang.");
        assertThat(page.paragraphs().get(2)).as("prose after the label is text, not a link").endsWith("stok cukup.");
    }

    @Test
    void aCreditLineInsideTheArticleLeavesTheBodyButStaysReadable() throws Exception {
        PageReading page = reader.read(lines(
                "Jakarta - Harga cabai rawit di Pasar Induk Kramat Jati turun menjadi Rp 40.000 per kilogram pekan ini.",
                "Penulis: Yuni Astutik",
                "Pedagang menyebut pasokan dari Jawa Tengah sudah kembali normal setelah panen raya."));
        assertThat(page.paragraphs()).hasSize(2);
        assertThat(page.after()).containsExactly("Penulis: Yuni Astutik");
        assertThat(new CreditFinder().find(page, List.of())).containsExactly("Yuni Astutik");
    }

    @Test
    void aRunOfHeadlinesWithoutALabelEndsTheArticle() throws Exception {
        PageReading page = reader.read(lines(
                "Jakarta - Polisi menangkap dua orang terduga pelaku pencurian sepeda motor di kawasan Cakung, Jakarta Timur.",
                "Atas perbuatannya, kedua pelaku dijerat Pasal 363 KUHP tentang pencurian dengan pemberatan.",
                "Jadwal KRL Commuter Line Hari Ini", "Cuaca Jakarta Besok Diprediksi Hujan Ringan",
                "Harga Emas Antam Naik Rp 5.000 per Gram",
                "Sebelumnya, warga melaporkan kehilangan motor di depan minimarket pada Sabtu malam."));
        assertThat(page.paragraphs()).hasSize(2);
    }

    @Test
    void aListTheTextAnnouncesStaysInTheArticle() throws Exception {
        PageReading page = reader.read(lines(
                "Jakarta - BPBD DKI Jakarta mencatat banjir merendam sejumlah wilayah setelah hujan deras sejak Senin malam.",
                "Berikut wilayah yang terdampak banjir:",
                "Jakarta Timur 12 RT", "Jakarta Barat 7 RT", "Jakarta Selatan 4 RT", "Jakarta Utara 2 RT",
                "Petugas masih berjaga di lokasi untuk membantu warga mengungsi ke tempat yang lebih aman.",
                "Berita Terkait", "Banjir Rendam Kemang, Warga Mengungsi"));
        assertThat(page.paragraphs()).hasSize(7).contains("Jakarta Utara 2 RT");
    }

    @Test
    void theDaysHeadingTheItemsOfAnAnnouncedScheduleStayInTheArticle() throws Exception {
        // Tempo, 16 September 2019
        PageReading page = reader.read(lines(
                "Kompetisi , musim 2019/2020 akan dimulai pekan ini. Sejumlah laga menarik akan tersaji pada rangkaian laga"
                        + " pekan pertama.",
                "Simak jadwal , pekan pertama dan siaran langsungnya:",
                "Selasa, 17 September 2019", "Inter Milan vs Slavia Praha | 23:55 WIB (SCTV)", "Lyon vs Zenit | 23:55 WIB.",
                "Rabu, 18 Agustus 2019", "Dortmund vs Barcelona | 02:00 WIB (SCTV)",
                "Napoli vs Liverpool | 02:00 WIB ,Salzburg vs Genk | 02:00 WIB ,Benfica vs Leipzig | 02:00 WIB ,Chelsea vs"
                        + " Valencia | 02:00 WIB"));
        assertThat(page.paragraphs()).contains("Selasa, 17 September 2019", "Rabu, 18 Agustus 2019");
    }

    @Test
    void aDayHeadingANumberedItemStaysInTheArticle() throws Exception {
        PageReading page = reader.read(lines(
                "Jakarta - Berikut jadwal pertandingan tim nasional dalam kualifikasi Piala Dunia 2022 pekan ini.",
                "1. Selasa (10/9/2019)", "Indonesia vs Thailand di Stadion Utama Gelora Bung Karno, Jakarta.",
                "Laga ini menjadi pertandingan kedua Grup G zona Asia bagi kedua tim yang sama-sama kalah di laga perdana."));
        assertThat(page.paragraphs()).contains("1. Selasa (10/9/2019)");
    }

    @Test
    void withoutADatelineTheArticleStartsAtTheFirstRunOfProse() throws Exception {
        PageReading page = reader.read(lines("Nasional", "Ketua MPR Minta Transportasi Online dan Tradisional Duduk Bersama",
                "Ketua MPR Zulkifli Hasan menyesalkan kisruh yang terjadi antara pelaku sarana transportasi online dan tradisional .",
                "Zulkifli menilai aturan yang dikeluarkan pemerintah seharusnya tidak hanya membahas tarif ."));
        assertThat(page.paragraphs()).hasSize(2);
        assertThat(page.paragraphs().get(0)).startsWith("Ketua MPR Zulkifli Hasan menyesalkan");
    }

    @Test
    void aNameBeforeADashDeepInTheArticleIsNoDateline() throws Exception {
        PageReading page = reader.read(lines(
                "PT Suzuki Indomobil Sales ( SIS ) divisi roda dua nampaknya masih perlu memperpanjang harga promosi untuk"
                        + " sepeda motor terbaru Suzuki GSX - R150 dan GSX - S150",
                "Strategi ini , sebagaimana dikatakan Sales & Marketing 2W Dept . Head PT SIS Yohan Yahya , sengaja dilakukan .",
                "Adapun , harga jual Suzuki GSX - R150 saat ini tetap Rp 27,9 juta dengan status on the road ( OTR ) DKI Jakarta .",
                "Hasil penjualan",
                "Berdasarkan data SIS , penjualan gabungan Suzuki GSX - R150 dan GSX - S150 mencapai 7.137 unit sepanjang April .",
                "Suzuki GSX - 150 Series hadir dalam dua tipe , yakni full fairing ( GSX - R150 ) dan naked ( GSX - S150 ) ."));
        assertThat(page.paragraphs()).hasSize(6);
        assertThat(page.paragraphs().get(0)).startsWith("PT Suzuki Indomobil Sales");
    }

    @Test
    void aDayInParenthesesEndingAParagraphIsNoClosingCredit() throws Exception {
        // okezone.com, 15 September 2019: the second paragraph lost its period after the day
        PageReading page = reader.read(lines(
                "Kecelakaan tunggal yang menewaskan tiga orang di Tol Jagorawi KM 36, Kabupaten Bogor, Jawa Barat merupakan"
                        + " rombongan jemaat yang akan pergi beribadah ke daerah Serpong, Tanggerang Selatan.",
                "\"Dari Bogor mau ke Serpong, ada acara ibadah,\" kata salah satu kerabat korban, Yuliana, di RS EMC Sentul,"
                        + " Kabupaten Bogor, Jawa Barat, Minggu (15/9/2019)",
                "Yuliana menambahkan, mayoritas para korban merupakan mahasiswa dari berbagai universitas.",
                "\"Di sini ada lima orang, dua orang sudah agak sadar sudah bisa diajak ngomong kalau yang tiga belum tahu"
                        + " keadaannya. Ada satu lagi di RS Husada Cibinong masih penanganan,\" ungkap Yuliana."));
        assertThat(page.paragraphs()).hasSize(4);
        assertThat(ClosingCredit.of(page.paragraphs().get(1))).isEmpty();
        assertThat(ClosingCredit.of("Berdasarkan catatan pemerintah setempat, setidaknya 137 orang tewas. (Ade/cnn)")).contains("Ade/cnn");
    }

    @Test
    void aPageWithoutRunningTextIsRejected() {
        assertThatThrownBy(() -> reader.read(lines("Home", "Berita Terkini", "0FansSuka", "Jumat, Mei 3, 2024")))
                .isInstanceOf(ExtractionException.class).hasMessage("no running text found");
    }

    /** okezone.com: a read-more label whose link title the scrape cut out, then the article's last quote. */
    @Test
    void aBareReadMoreLabelOverRunningTextDoesNotEndTheArticle() throws Exception {
        PageReading page = reader.read(lines(
                "Meski mendapat hasil baik, pembalap berpaspor Prancis itu sedikit menyayangkan keputusannya yang salah dalam"
                        + " memakai ban lunak selama kualifikasi berlangsung.", "",
                "Baca juga", "",
                "“Semuanya berjalan sesuai rencana di pagi hari, karena kami merasa nyaman dengan bannya. Saat kami punya"
                        + " ide yang jelas mengenai ban depan,” ungkap Quartararo, mengutip dari Speedweek, Minggu (15/9/2019)."));
        assertThat(page.paragraphs()).hasSize(2);
        assertThat(page.paragraphs().get(1)).startsWith("“Semuanya berjalan");
    }

    /** okezone.com: a quote broken where links were cut out; apart, its pieces read as a run of headlines. */
    @Test
    void aSentenceBrokenByCutLinksIsOneParagraph() throws Exception {
        PageReading page = reader.read(lines(
                "Frida mengaku tidak mengenal sosok tersangka yang menganiaya putrinya. Sebab, ia dan mantan suaminya sudah"
                        + " berpisah sejak 2016.", "",
                "\"Saya", "", "kenal (Zulfa-red). Saya pisah itu dari 2016, anak saya itu tinggal sama mantan suami saya."
                        + " Saya juga", "", "dua tahun ini", "", "karena susah", "", "sama mantan suami,\" ucapnya.", "",
                "Kini, dirinya hanya bisa berharap tersangka diganjar dengan hukuman setimpal dengan perbuatannya."));
        assertThat(page.paragraphs()).hasSize(3);
        assertThat(page.paragraphs().get(1)).isEqualTo("\"Saya kenal (Zulfa-red). Saya pisah itu dari 2016, anak saya itu"
                + " tinggal sama mantan suami saya. Saya juga dua tahun ini karena susah sama mantan suami,\" ucapnya.");
    }

    /** sindonews.com: a quote whose closing credit lost its link, leaving a bracket open after the sentence. */
    @Test
    void aBracketLeftOpenAfterASentenceKeepsItProse() throws Exception {
        PageReading page = reader.read(lines(
                "Hari menggaris bawahi, sejatinya pihak penyedia mendapatkan keuntungan berlimpah dari tidak adanya izin"
                        + " tersebut.", "",
                "\"Sekarang saya tanya. Dia (Apjatel) mempermasalahkan investasi besar. Bertahun-taun itu mereka untung"
                        + " berapa? Saya tanya sekarang,\" tandasnya. (", "", ": ,)", "",
                "Sebelumnya, Asosiasi Penyelenggara Jaringan Telekomunikasi (Apjatel) menyatakan pihaknya menelan kerugian."));
        assertThat(page.paragraphs()).hasSize(3);
        assertThat(page.paragraphs().get(1)).startsWith("\"Sekarang saya tanya.");
    }
}
