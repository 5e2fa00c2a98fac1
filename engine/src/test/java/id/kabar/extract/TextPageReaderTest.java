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
                        + " Valencia | 02:00 WIB",
                "Ajax vs Lille | 02:00 WIB ,Club Brugge vs Galatasaray | 23:55 WIB ,Olympiacos vs Tottenham | 23:55 WIB (SCTV).",
                "Kamis, 19 September 2019", "PSG vs Real Madrid | 02:00 WIB (SCTV)"));
        // the rows the scrape glued together are long, but their cells set apart by bars keep the schedule open
        assertThat(page.paragraphs()).contains("Selasa, 17 September 2019", "Rabu, 18 Agustus 2019", "Kamis, 19 September 2019");
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

    /** merdeka.com (IndoSum, 14 December 2016): the last quote closed by the writer's code in square brackets. */
    @Test
    void aShortLastQuoteClosedByACodeInSquareBracketsStays() throws Exception {
        PageReading page = reader.read(lines(
                "Dia menambahkan, untuk tiket yang dijual di Kodim 0621 ini merupakan kategori 3 dengan harga Rp 100 ribu.",
                "", "\"Tidak ada lagi, semua sudah habis,\" tegasnya. [ lia]"));
        assertThat(page.paragraphs()).hasSize(2);
        assertThat(page.paragraphs().get(1)).startsWith("\"Tidak ada lagi");
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
    /** tempo.co, 12 September 2019: a short line with a colon over the day's results; each result reads as a headline. */
    @Test
    void aShortLineEndingInAColonOpensTheListUnderIt() throws Exception {
        PageReading page = reader.read(lines(
                "Pada laga lain, pimpinan klasemen Wilayah Barat, Sriwijaya FC, takluk 0-1 di kandang Persita Tangerang."
                        + " Sriwijaya tetap di posisinya dengan nilai 28, unggul 3 poin dari Persita yang naik ke urutan kedua.", "",
                "Hasil , Kamis:", "", "Persib B 0-1 BaBel United", "", "Persibat Batang 0-0 Perserang Serang", "",
                "Persita 1-0 Sriwijaya FC", "", "PSPS Riau 1-1 Cilegon United", "", "PSMS Medan vs PSCS Cilacap (ditunda)."));
        assertThat(page.paragraphs()).hasSize(7).contains("Hasil , Kamis:", "Persibat Batang 0-0 Perserang Serang",
                "PSMS Medan vs PSCS Cilacap (ditunda).");
    }

    /**
     * kompas.com, 10 September 2019: a sentence opening with "Berikut" announces the banks' rates as a colon would; the
     * rows in capitals are the table's, not shouted labels.
     */
    @Test
    void aSentenceOpeningWithBerikutAnnouncesATableWhoseRowsInCapitalsStay() throws Exception {
        PageReading page = reader.read(lines(
                "Sementara untuk kurs beli BCA adalah Rp 14.024 per dollar AS. Kurs beli ini berarti bila Anda ingin menjual"
                        + " dollar AS maka pihak bank akan membelinya pada posisi ini.", "",
                "Berikut nilai tukar dollar AS hari ini di 6 bank besar.", "", "Bank Jual Beli", "", "BCA Rp 14.042 14.024",
                "", "Mandiri 14.100 13.850", "", "BRI 14.095 13.955 ,BNI 14.064 14.009", "", "BTN 14.110 13.960", "",
                "Danamon 14.253 13.853"));
        assertThat(page.paragraphs()).containsSubsequence("Berikut nilai tukar dollar AS hari ini di 6 bank besar.",
                "Bank Jual Beli", "BCA Rp 14.042 14.024", "Mandiri 14.100 13.850", "BRI 14.095 13.955 ,BNI 14.064 14.009",
                "BTN 14.110 13.960", "Danamon 14.253 13.853");
    }

    /**
     * sindonews.com, 16 September 2019: the teams' subheadings in capitals stay over their tallies, the last one after a
     * paragraph that closed the list before it; a reporter's name in capitals closing a tempo.co text (13 September
     * 2019) is its credit and goes.
     */
    @Test
    void subheadingsInCapitalsStayAndACreditInCapitalsClosingTheTextGoes() throws Exception {
        PageReading page = reader.read(lines(
                "Hingga saat ini data wilayah terdampak asap yang telah mendapatkan bantuan masker yang dihimpun Posko Bantuan"
                        + " Medis Tamangapa hari pertama dan ke dua dari TGC Perumnas Antang, Bangkala dan Tamangapa sebagai berikut :",
                "", "A. TGC TAMANGAPA:", "",
                "SD INPRES KAJENJENG: 136 terbagi 100 lembar, PANTI ASUHAN ASSIFA: 50 lembar, TK ASSIFA: 40 lembar", "",
                "B. TGC BANGKALA:", "",
                "SD BORONG JAMBU 1, SD BORONG JAMBU 2, SD BORONG JAMBU 3, SMP AMANAH NUSANTARA, SMA KARTIKA HANDAYANI, MTS TQ"
                        + " AZHAR CENTER. JUMLAH: 1.443 lembar masker.", "",
                "C. TGC PERUMNAS ANTANG:", "", "SMA NEGERI 19: 512 terbagi 250, SMP NEGERI 20: 1.000 terbagi 150, POSYANDU"
                        + " ANYELIR 2: 50"));
        assertThat(page.paragraphs()).containsSubsequence("A. TGC TAMANGAPA:", "B. TGC BANGKALA:", "C. TGC PERUMNAS ANTANG:",
                "SMA NEGERI 19: 512 terbagi 250, SMP NEGERI 20: 1.000 terbagi 150, POSYANDU ANYELIR 2: 50");

        PageReading credited = reader.read(lines(
                "Sementara indikator utama yang menunjukkan keunggulan perguruan tinggi dalam bidang riset adalah jumlah"
                        + " publikasi pada jurnal internasional bereputasi.", "",
                "Pada 2018 jumlah publikasi Unpad tercatat sebanyak 963 publikasi. “Ditargetkan mencapai lebih dari seribu"
                        + " pada akhir 2019,” ujarnya.", "", "ANWAR SISWADI"));
        assertThat(credited.paragraphs()).hasSize(2).doesNotContain("ANWAR SISWADI");
    }

    /** A subheading in capitals between two paragraphs stays on its own line; an advertisement's label in capitals goes. */
    @Test
    void aSubheadingInCapitalsBetweenParagraphsStays() throws Exception {
        // sindonews.com, 16 September 2019, with the subheading its list sets in capitals
        PageReading page = reader.read(lines(
                "Dinas Kesehatan memiliki Tim TGC sebanyak 47 yang tersebar di 15 kecamatan. Khusus penanganan tanggap darurat"
                        + " bencana di TPA Tamangapa, TGC yang dikerahkan adalah TGC Antang Perumnas, Tamangapa, Bangkala dan Antang.",
                "SCROLL TO CONTINUE WITH CONTENT", "TGC TAMANGAPA",
                "Posko Bantuan Medis juga menyiapkan bantuan oksigenasi untuk pasien sesak, vitamin dan obat-obatan pendukung"
                        + " lainnya."));
        assertThat(page.paragraphs()).hasSize(3);
        assertThat(page.paragraphs().get(1)).isEqualTo("TGC TAMANGAPA");
    }

    /** sindonews.com, 10 September 2019: an item opening with its number keeps the list open however long it runs. */
    @Test
    void aNumberedItemKeepsItsListOpenHoweverLong() throws Exception {
        PageReading page = reader.read(lines(
                "Hal ini berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan"
                        + " Menteri Ketenagakerjaan tentang Jabatan Tertentu yang Dapat Diduduki oleh Tenaga Kerja Asing.", "",
                "Berikut Daftar Pekerjaan yang boleh Diisi oleh Tenaga Kerja Asing :", "", "1. Konstruksi", "", "2. Real Estate",
                "", "5. Pengelolaan Air, Pengelolaan Air Limbah, Pengelolaan dan Daur Ulang Sampah, dan Aktivitas Remediasi"
                        + " ,6. Pengangkutan dan Pergudangan ,7. Kesenian, Hiburan, dan Rekreasi", "",
                "8. Penyediaan Akomodasi dan Penyediaan Makan Minum", "", "9. Pertanian, Kehutanan dan Perikanan", "",
                "10. Aktivitas Penyewaan dan Sewa Guna Usaha"));
        assertThat(page.paragraphs()).hasSize(8).contains("9. Pertanian, Kehutanan dan Perikanan");
    }
    /**
     * kompas.com, 15 September 2019: a list's bare item numbers say nothing and go, its items stay; okezone.com, 13
     * September 2019: an image's address between two paragraphs is no row of a table.
     */
    @Test
    void aBareItemNumberAndAnAddressBetweenParagraphsGo() throws Exception {
        PageReading page = reader.read(lines(
                "\"Untuk posko pengungsian di Dinas Sosial,\" sebut Ahmad Syah Harrofie.", "",
                "Berikut 14 titik posko kesehatan dan rumah singgah untuk warga terpapar asap:", "", "1.", "",
                "Jalan Gajah Mada", "", "2.", "", "Jalan Jenderal Sudirman"));
        assertThat(page.paragraphs()).containsExactly("\"Untuk posko pengungsian di Dinas Sosial,\" sebut Ahmad Syah Harrofie.",
                "Berikut 14 titik posko kesehatan dan rumah singgah untuk warga terpapar asap:", "Jalan Gajah Mada",
                "Jalan Jenderal Sudirman");

        PageReading pictured = reader.read(lines(
                "Sejak diunggah April tahun lalu hingga saat ini, baru 608 ribu penonton Youtube yang menyaksikan.", "",
                "https://img-z.okeinfo.net/okz/500/library/images/2019/09/13/ru6awmk43f2ng1z7mj9o_13355.jpeg", "",
                "Video kedua Pamela Safitri hadir dengan tampilan yang berkonsep. Ia bersama teman-teman melakukan tantangan"
                        + " di wahana bermain kawasan Jakarta."));
        assertThat(pictured.paragraphs()).hasSize(2);
    }

    /**
     * tribunnews.com, 10 September 2019: the scrape set each link's text, a name, on a line of its own; the sentence
     * around it goes on, and three such pieces in a row had read as a list of headlines and ended the article.
     */
    @Test
    void aSentenceBrokenAroundALinksNameIsOneParagraph() throws Exception {
        PageReading page = reader.read(lines(
                "Sepekan lalu atau tepatnya Selasa (3/9/2019) sebanyak 45 anggota", "", "DPRD Kota Tasikmalaya", "",
                "yang baru dilantik.", "",
                "Baru sepekan dilantik, belasan anggota legislatif itu sudah mengajukan menggadai surat keputusan (SK) ke bank.", "",
                "Sekretaris", "", "DPRD Kota Tasikmalaya", "", "Oslan Khaerul Falah", "", "mengatakan hingga hari ini, sudah ada 15 anggota",
                "", "DPRD Kota Tasikmalaya", "", "yang ia bantu persyaratannya untuk 'menyekolahkan' SK-nya ke bank.", "",
                "\"Sudah ada 15 anggota yang mengajukan sekitar 40 persen-lah,\" kata", "", "Oslan Khaerul Falah", "",
                "saat dijumpai, Selasa (10/9/2019)."));
        assertThat(page.paragraphs()).contains(
                "Sepekan lalu atau tepatnya Selasa (3/9/2019) sebanyak 45 anggota DPRD Kota Tasikmalaya yang baru dilantik.",
                "Oslan Khaerul Falah mengatakan hingga hari ini, sudah ada 15 anggota DPRD Kota Tasikmalaya yang ia bantu"
                        + " persyaratannya untuk 'menyekolahkan' SK-nya ke bank.",
                "\"Sudah ada 15 anggota yang mengajukan sekitar 40 persen-lah,\" kata Oslan Khaerul Falah saat dijumpai, Selasa (10/9/2019).");
    }

    /**
     * tempo.co and okezone.com, September 2019: where the scrape cut out a linked figure ({@code Rp [...]/kg}) or a
     * linked name after a word no sentence ends with ({@code pada}, {@code dan}), or before an aside set off by a dash,
     * the pieces are one sentence.
     */
    @Test
    void piecesAfterACutFigureAnOpenWordOrBeforeADashedAsideJoin() throws Exception {
        PageReading prices = reader.read(lines(
                "\"Seperti yang terjadi di Kota Solo, OP yang kami lakukan pada komoditas cabai ternyata mampu menurunkan harga,\""
                        + " kata Kepala BI Kantor Perwakilan Surakarta Bambang Pramono di Solo, Selasa 10 September 2019.", "",
                "Ia mencontohkan jika sebelum dilakukan OP harga komoditas cabai rawit merah mencapai Rp", "",
                "/kg. Setelah ada OP, harga turun menjadi Rp", "", "/kg, bahkan sempat menyentuh angka Rp", "", "/kg.", "",
                "Secara keseluruhan, untuk tekanan inflasi bulan Agustus juga mengalami penurunan dibandingkan bulan sebelumnya."));
        assertThat(prices.paragraphs()).hasSize(3).contains("Ia mencontohkan jika sebelum dilakukan OP harga komoditas cabai rawit"
                + " merah mencapai Rp /kg. Setelah ada OP, harga turun menjadi Rp /kg, bahkan sempat menyentuh angka Rp /kg.");

        PageReading match = reader.read(lines(
                "Mason Mount, tak sabar menjalani debut di Liga Champions 2019-2020. Bahkan agar tampil apik di laga debutnya"
                        + " nanti, gelandang 20 tahun itu menjadikan Lionel Messi sebagai inspirasi.", "",
                "Mount sempat dua kali menyaksikan", "",
                "–julukan Messi– secara langsung mentas di Stamford Bridge –markas Chelsea, tepatnya pada", "",
                "II semifinal Liga Champions 2008-2009 dan", "",
                "I semifinal Liga Champions 2011-2012. Di kedua partai tersebut, Mount berstatus sebagai pemain junior", "",
                "–julukan Chelsea– yang menyaksikan secara langsung laga Chelsea vs Barcelona di Stamford Bridge.", "",
                "Di kedua laga tersebut, Barcelona memang tidak pernah mengalahkan Chelsea."));
        assertThat(match.paragraphs()).hasSize(3);
        assertThat(match.paragraphs().get(1)).startsWith("Mount sempat dua kali menyaksikan –julukan Messi– secara langsung")
                .contains("tepatnya pada II semifinal Liga Champions 2008-2009 dan I semifinal")
                .endsWith("pemain junior –julukan Chelsea– yang menyaksikan secara langsung laga Chelsea vs Barcelona di Stamford Bridge.");
    }

    /**
     * tempo.co, 10 September 2019: names left of sentences the scrape lost, which the text under them names again, are
     * no list of headlines ending the article; kompas.com, 10 September 2019: a table's rows, with no running words,
     * are no broken sentence.
     */
    @Test
    void namesTheTextNamesAgainDoNotEndTheArticleAndTableRowsStayApart() throws Exception {
        PageReading page = reader.read(lines(
                "Sidang gugatan , milik Petrus CKL Bello akibat pemadaman listrik awal Agustus 2019 terhadap PT PLN kembali digelar"
                        + " di PN Jakarta Selatan, Selasa, 10 September 2019.", "",
                "Benny Marbun", "", "Benny", "", "Benny", "",
                "Hubungan singkat alias korsleting itu, kata Benny, mengakibatkan adanya arus besar yang mengalir ke jaringan"
                        + " transmisi tegangan tinggi gardu induk di Ungaran, Jawa Tengah."));
        assertThat(page.paragraphs()).hasSize(3).last().asString().startsWith("Hubungan singkat alias korsleting itu");

        PageReading rates = reader.read(lines(
                "Penguatan juga terjadi di mayoritas bank terhadap dollar AS di 6 bank besar di Indonesia hari ini. Berikut"
                        + " kurs jual dan beli di bank-bank tersebut:", "",
                "BCA Rp 14.042 14.024", "", "Mandiri 14.100 13.850"));
        assertThat(rates.paragraphs()).endsWith("BCA Rp 14.042 14.024", "Mandiri 14.100 13.850");
    }

    /** sindonews.com, 16 September 2019: a sum the scrape set on a line of its own goes on from its currency sign. */
    @Test
    void aSumOnItsOwnLineGoesOnFromItsCurrencySign() throws Exception {
        PageReading page = reader.read(lines(
                "Dia menambahkan, anggaran sebesar Rp441,5 miliar tersebut dialokasikan untuk pengembangan infrastruktur"
                        + " transportasi di lima destinasi wisata super prioritas yaitu Danau Toba dengan total anggaran"
                        + " Rp109,2 miliar, Labuan Bajo sebesar Rp207,6 miliar, dan Destinasi Mandalika sebesar Rp", "",
                "26,5 miliar. Kemudian, untuk satu destinasi wisata unggulan yaitu di Likupang sebesar Rp40 miliar.", "",
                "Adapun rinciannya adalah 6 destinasi wisata prioritas yaitu Morotai sebesar Rp18,5 miliar."));
        assertThat(page.paragraphs()).hasSize(2);
        assertThat(page.paragraphs().get(0)).contains("Destinasi Mandalika sebesar Rp 26,5 miliar. Kemudian");
    }
}
