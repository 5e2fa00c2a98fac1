package id.kabar.annotate.quote;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whom a pronoun or an unattributed quote paragraph goes back to, on articles of the CLICK-ID week (September 2019). */
class PronounAntecedentTest {

    /**
     * okezone (13/9/2019): the recognizer tagged "Rupiah" a person and the sentence "Rupiah pun beranjak" opens
     * with it; "ujar dia" is the minister who spoke before, never the currency.
     */
    @Test
    void aPronounNeverMeansACurrency() {
        String body = "Nilai tukar Rupiah terhadap dolar Amerika Serikat (AS) kian menguat pada perdagangan hari ini. "
                + "Rupiah pun beranjak ke level Rp13.900-an per USD.\n\nTerkait hal itu, Menteri Koordinator Bidang "
                + "Perekonomian mengatakan bahwa dirinya tidak heran dengan penguatan tajam nilai Rupiah tersebut. Hal "
                + "ini dikarenakan arah Rupiah memang sedang perkasa.\n\n\"Penguatan nilai tukar Rupiah itu memang "
                + "arahnya begitu,\" ujar dia di Gedung Kemenko Perekonomian Jakarta, Jumat (13/9/2019).";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Rupiah").loc("Amerika Serikat", "AS")
                .org("Gedung Kemenko Perekonomian Jakarta").list());

        assertThat(quotes).filteredOn(q -> q.text().startsWith("Penguatan nilai tukar"))
                .singleElement().extracting(Quote::speaker)
                .isEqualTo("Menteri Koordinator Bidang Perekonomian");
    }

    /**
     * tempo.co (16/9/2019): Bahlil is named inside what Jokowi says ("Jokowi mengatakan bahwa Bahlil pernah
     * menyampaikan ..."); the "Dia" of the next sentence is Jokowi, who reports.
     */
    @Test
    void aPronounAfterAReportWithinAReportIsTheOneReporting() {
        String body = "Jokowi sempat mengomentari ucapan Ketua Umum HIPMI Bahlil Lahadalia mengenai kemungkinan ada "
                + "menteri dari pengurus HIPMI.\n\nJokowi mengatakan bahwa Bahlil pernah menyampaikan ada beberapa "
                + "kader potensialb HIPMI, seperti Muhammad Lutfhi dan Rosan Roslani.\n\nDia berpendapat bahwa ucapan "
                + "Bahlil itu sejatinya kode.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Jokowi").org("HIPMI")
                .per("Bahlil Lahadalia", "Bahlil").per("Muhammad Lutfhi").per("Rosan Roslani").list());

        assertThat(quotes).filteredOn(q -> q.text().startsWith("ucapan Bahlil"))
                .singleElement().extracting(Quote::speaker).isEqualTo("Jokowi");
    }

    /**
     * tempo.co (16/9/2019): "Luthfi dan Rosan" open the sentence together, so neither becomes the one whose words
     * the unattributed quote paragraph after it goes on with: that is Jokowi, who spoke last.
     */
    @Test
    void twoPeopleOpeningASentenceDoNotTakeTheNextUnattributedQuote() {
        String body = "\"Saya tahu ini adinda Bahlil pintar. Saya nangkap, saya nangkap,\" kata Jokowi disambut tawa "
                + "peserta Munas HIPMI.\n\nJokowi lalu bertanya, apakah Bahlil yakin dengan caranya memberi kode. "
                + "Pasalnya, Luthfi dan Rosan memang kandidat menteri.\n\n\"Beliau berdua ini pesaingmu, loh.\"";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Jokowi").org("HIPMI").per("Bahlil")
                .per("Luthfi").per("Rosan").list());

        assertThat(quotes).filteredOn(q -> q.text().startsWith("Beliau berdua"))
                .singleElement().extracting(Quote::speaker).isEqualTo("Jokowi");
    }

    /**
     * tempo.co: a stripped link leaves ". ," and Li Shufu's reported words run on over the next sentence; Florian
     * Reuter's own report there still makes him the one "katanya" means.
     */
    @Test
    void aReportPastTheFullStopOfAnotherIsNotRetold() {
        String body = "Ketua Geely Holding, Li Shufu, mengatakan Geely telah beralih dari menjadi produsen otomotif menjadi "
                + "kelompok teknologi mobilitas. , CEO Volocopter, Florian Reuter, mengatakan mobilitas perkotaan perlu "
                + "berkembang dalam beberapa tahun ke depan untuk memenuhi permintaan yang meningkat. \"Pendanaan baru "
                + "ini dapat membantu perusahaan mengambil langkah besar menuju menghidupkan mobil-mobil di udara,\" "
                + "katanya.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).org("Geely Holding").org("Geely").per("Li Shufu")
                .org("Volocopter").per("Florian Reuter").list());

        assertThat(quotes).filteredOn(q -> q.text().startsWith("Pendanaan baru"))
                .singleElement().extracting(Quote::speaker).isEqualTo("Florian Reuter");
    }

    /**
     * okezone (15/9/2019): the body opens ". Ia bahkan menyebut", its lead lost with a stripped link; the rider the
     * next sentence opens with is who "Ia" meant.
     */
    @Test
    void aPronounOpeningABodyThatLostItsLeadIsThePersonOpeningTheNext() {
        String body = ". Ia bahkan menyebut duel menegangkan tersebut sebagai momen terbaik dalam hidupnya sejauh ini.\n\n"
                + "Fabio Quartararo sesungguhnya punya peluang besar untuk menang di Sirkuit Misano. Apalagi, pembalap "
                + "berpaspor Prancis itu memimpin selama 20 putaran setelah menyalip Maverick Vinales di lap ketiga.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Fabio Quartararo").loc("Sirkuit Misano")
                .loc("Prancis").per("Maverick Vinales").list());

        assertThat(quotes).filteredOn(q -> q.text().startsWith("duel menegangkan"))
                .singleElement().extracting(Quote::speaker).isEqualTo("Fabio Quartararo");
    }

    /**
     * tempo.co (Puncak Habibie, 2019): "Henti Sulastri, 22 tahun, salah satunya" opens with a name and its
     * apposition, not with an adverbial; "kata dia" is the tourist, not Habibie of the place's name before.
     */
    @Test
    void aNameSetOffByItsAppositionOpensTheSentence() {
        String body = "Puncak Habibie yang berada di ketinggian 380 meter di atas permukaan laut atau mdpl, itu kerap "
                + "menjadi tempat singgah wisatawan yang melintas di jalur nasional tadi. Henti Sulastri, 22 tahun, "
                + "salah satunya. Wisatawan asal Bogor ini sedang menempuh perjalanan menuju Pantai Sawarna.\n\n"
                + "\"Pemandangan di sini bagus. Teduh dan bisa bisa menikmati pesona perbukitan, pesisir pantai, sampai "
                + "laut,\" kata dia.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).loc("Puncak").per("BJ Habibie", "Habibie")
                .per("Sulastri").loc("Bogor").loc("Pantai Sawarna").list());

        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Sulastri");
    }

    /**
     * tempo.co (naik gunung, 2019): "Apabila Anda akan pergi ..." opens with a condition addressed to the reader,
     * no person; "katanya" after it is still the adviser named before.
     */
    @Test
    void aConditionAddressedToTheReaderIsNoOneSpeaking() {
        String body = "Yudi memberi contoh gunung gede. \"Sekitar jam 6 pagi itu bagus,\" katanya.\n\n"
                + "Apabila Anda akan pergi ke gunung Argapura di Jawa Timur, maka Yudi pun lebih menyarankan untuk "
                + "berangkat pada sore atau malam hari. \"Jadi pelajari dulu gunung yang mau dinaiki itu apa. Supaya "
                + "bisa menentukan waktu yang tepat,\" katanya.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Yudi Kurniawan", "Yudi").loc("Jawa Timur").list());

        assertThat(quotes).filteredOn(q -> q.text().startsWith("Jadi pelajari"))
                .singleElement().extracting(Quote::speaker).isEqualTo("Yudi Kurniawan");
    }

    /**
     * kompas.com (16/9/2019): "ujarnya" goes on from Susy, quoted before, past the pair of players the next sentence
     * is about ("Pasangan Marcus Fernaldi Gideon/Kevin Sanjaya Sukamuljo ... berpotensi ...").
     */
    @Test
    void aSuffixedCueGoesOnFromThePersonQuotedPastASentenceAboutSomeoneElse() {
        String body = "Menurut Susy, kesempatan besar meraih gelar juara ada pada sektor ganda putra. Pasangan Marcus "
                + "Fernaldi Gideon/Kevin Sanjaya Sukamuljo dan Mohammad Ahsan/Hendra Setiawan berpotensi menjadi yang "
                + "terbaik.\n\nNamun, dirinya menyebutkan ada kesempatan besar lain pada nomor ganda campuran dan tunggal "
                + "putra.\n\nHanya saja, dari penilaian Susy, performa para pemain di sektor tersebut belum stabil.\n\n"
                + "\"Saat ini yang paling stabil memang ganda putra, tetapi ada beberapa sektor yang punya kesempatan yaitu "
                + "ganda campuran dan tunggal putra,\" ujarnya dikutip dari laman resmi Badminton Indonesia.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Susy").per("Marcus Fernaldi Gideon")
                .per("Kevin Sanjaya Sukamuljo").per("Mohammad Ahsan").per("Hendra Setiawan").list());

        assertThat(quotes).filteredOn(q -> q.text().startsWith("Saat ini"))
                .singleElement().extracting(Quote::speaker).isEqualTo("Susy");
    }

    /**
     * sindonews.com (16/9/2019): Hasto is quoted, then the text tells of his party's view of the President
     * ("Setahu pihaknya, Jokowi telah melakukan dialog ...") and goes on without naming anyone before the next
     * quote; "jelasnya" and the "sambung dia" after it are Hasto's,
     * not the President's, whose name is also in the quoted words.
     */
    @Test
    void aSuffixedCueIsThePersonQuotedNotThePersonTheNarrationIsAbout() {
        String body = "Hasto mengaku mendapat informasi tentang adanya media massa yang menampilkan gambar Jokowi dengan "
                + "karikatur pinokio. \"Sebenarnya dari aspek etika, tidak memenuhi ketentuan sopan santun itu,\" imbuh "
                + "Hasto.\n\nBagi PDI Perjuangan, Presiden Jokowi telah bertindak tepat, termasuk soal revisi UU KPK. "
                + "Setahu pihaknya, Jokowi telah melakukan dialog dengan KPK secara intens.\n\nDengan itu kata dia, "
                + "pemeriksaan korupsi ke depan dapat dilakukan dengan lebih progresif.\n\nDengan demikian nanti tidak "
                + "ada lagi mereka yang ditetapkan sebagai tersangka dengan tergesa-gesa. Selama ini, penyadapan itu bisa "
                + "dipakai karena kepentingan-kepentingan politik tertentu.\n\n\"Jadi kami berikan "
                + "dukungan sepenuhnya kepada Presiden. Pak Jokowi tidak sendirian,\" jelasnya.\n\n\"Pak Jokowi itu "
                + "sebelum mengambil keputusan itu beliau mempertimbangkan dengan dalam, mendengar masukan dari banyak "
                + "pihak,\" sambung dia.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Hasto Kristiyanto", "Hasto")
                .per("Jokowi").org("PDI Perjuangan").org("KPK").list());

        assertThat(quotes).filteredOn(q -> q.text().startsWith("Jadi kami") || q.text().startsWith("Pak Jokowi itu"))
                .extracting(Quote::speaker).containsExactly("Hasto Kristiyanto", "Hasto Kristiyanto");
    }

    /**
     * tempo.co (16/9/2019): a pronoun standing apart ("Ia mengatakan") means the person the sentence before is about,
     * the driver, not the officer quoted before him.
     */
    @Test
    void aPronounStandingApartIsThePersonLastMadeTheTopic() {
        String body = "\"Kami lalu melakukan penertiban dan meminta surat kelengkapan berkendaranya,\" ujar Eka.\n\n"
                + "Namun bukannya memberi surat, Tavipuddin justru marah-marah dengan petugas. Ia mengatakan polisi tak "
                + "berhak melakukan penilangan karena tak ada rambu larangan parkir di sekitar lokasi kejadian.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Eka Setiawan", "Eka").per("Tavipuddin").list());

        assertThat(quotes).filteredOn(q -> q.text().startsWith("polisi tak berhak"))
                .singleElement().extracting(Quote::speaker).isEqualTo("Tavipuddin");
    }

    /**
     * The seed page on the Gomel talks (examples/seeds): the president opening the sentence that leads in to the
     * quote is whom "ujarnya" means, not the minister quoted before.
     */
    @Test
    void aPersonOpeningTheSentenceBeforeTheQuoteTakesItsSuffixedCue() {
        String body = "\"Teman-teman, presiden Belarus telah meminta saya untuk menyambut dan memfasilitasi tugas Anda "
                + "sebaik mungkin,\" kata Menteri Luar Negeri Belarusia, Vladimir Makei, saat membuka pertemuan tersebut."
                + "\nSenin lalu, Presiden Ukraina Volodymyr Zelenskyy meminta Uni Eropa untuk memperbolehkan Ukraina "
                + "menjadi anggotanya sesegera mungkin.\n\"Tujuan kami adalah untuk bersama dengan semua negara Eropa "
                + "dan, yang paling penting, untuk mencapai kesetaraan,\" ujarnya dalam sebuah video pidato.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Vladimir Makei").per("Volodymyr Zelenskyy")
                .loc("Belarusia").loc("Ukraina").org("Uni Eropa").list());

        assertThat(quotes).filteredOn(q -> q.text().startsWith("Tujuan kami"))
                .singleElement().extracting(Quote::speaker).isEqualTo("Volodymyr Zelenskyy");
    }

    /**
     * IndoSum (CNN Indonesia, 11 December 2016), its subject's title left out: the dateline's dash is written doubled
     * and apart ("- -"); the sentence after it still opens with its subject, Riedl, whom "Menurutnya" means, not the
     * coach named last.
     */
    @Test
    void aDoubledDashEndsTheDatelineBeforeTheSubjectAPronounMeans() {
        String body = "Jakarta, CNN Indonesia - - Alfred Riedl memberikan dukungan terhadap "
                + "juru taktik Vietnam Nguyen Huu Thang. Menurutnya, pelatih berusia 44 tahun itu layak dipertahankan "
                + "meski gagal mengantar Golden Stars ke final.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).loc("Jakarta").org("CNN Indonesia").loc("Indonesia")
                .per("Alfred Riedl").loc("Vietnam").per("Nguyen Huu Thang").list());

        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Alfred Riedl");
    }

    /**
     * IndoSum (cnnindonesia.com, December 2016): the sentence's subject runs on over lower-case words to its name
     * ({@code Pelatih timnas Indonesia Alfred Riedl memberikan ...}); {@code Menurutnya} in the next sentence is
     * Riedl, not the coach named after the verb.
     */
    @Test
    void menurutnyaTakesUpASubjectRunningOnToItsName() {
        String body = "Jakarta, CNN Indonesia - - Pelatih timnas Indonesia Alfred Riedl memberikan dukungan terhadap juru "
                + "taktik Vietnam Nguyen Huu Thang. Menurutnya, pelatih berusia 44 tahun itu layak dipertahankan meski "
                + "gagal mengantar Golden Stars ke final.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).loc("Jakarta").loc("Indonesia").per("Alfred Riedl")
                .loc("Vietnam").per("Nguyen Huu Thang").list());

        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Alfred Riedl");
    }

    /**
     * IndoSum (cnnindonesia.com, December 2017): a description closed by {@code itu} opening the second sentence
     * ({@code Pelantun hit I Remember itu}) means the band the first sentence opens with, not the song's title the
     * recognizer took for a person.
     */
    @Test
    void aDescriptionClosedByItuMeansTheBandTheSentenceBeforeOpensWith() {
        String body = "Jakarta, CNN Indonesia - - Grup band Mocca tergerak melihat kurangnya lagu anak-anak. Pelantun "
                + "hit I Remember itu membocorkan, proyek mereka akan ada hubungannya dengan anak-anak.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).loc("Jakarta").org("Mocca").per("I Remember").list());

        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.text()).startsWith("proyek mereka");
            assertThat(q.speaker()).isEqualTo("Mocca");
        });
    }

    /**
     * tempo.co, 11 September 2019: a description closed by a demonstrative that names no one ({@code raksasa teknologi
     * ini}) is not given the company the sentence before opens with, so the lenses added are no one's quote.
     */
    @Test
    void aDescriptionNamingNoOneIsNotGivenTheCompanyBefore() {
        String body = "Dengan iPhone 11 yang baru, Apple telah memperkenalkan lensa kamera belakang perangkat. Pada model "
                + "iPhone Pro yang baru, raksasa teknologi ini telah menambahkan dua lensa lagi, dengan hasil akhir "
                + "berupa sudut tiga kamera yang penuh sesak.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).org("Apple").list());

        assertThat(quotes).noneMatch(q -> "Apple".equals(q.speaker()));
    }

    /**
     * kompas.com, 10 September 2019: the governor opening a sentence two sentences before the quote ({@code Belum lama
     * ini Gubernur DKI Jakarta Anies Baswedan merencanakan ...}) is not whom {@code ujarnya} means: the community's
     * chairman named right before is.
     */
    @Test
    void aRunOnSubjectIsTakenUpOnlyByTheNextSentence() {
        String body = "Belum lama ini Gubernur DKI Jakarta Anies Baswedan merencanakan pembatasan mobil usia 10 tahun ke "
                + "atas. Rencana ini sempat disinggung, karena kondisi polusi udara di Jakarta yang makin pekat.\n\n"
                + "Beberapa komunitas penggemar mobil klasis sempat mengutarakan pendapatnya perihal kebijakan ini. Salah "
                + "satunya Didit Soedarto, Ketua Harian 1 , Indonesia Association (VIA).\n\n“Yang kami harapkan dibatasi "
                + "saja penggunaannya, paling enggak itu,” ujarnya saat ditemui.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).loc("DKI Jakarta").per("Anies Baswedan")
                .loc("Jakarta").per("Didit Soedarto").org("Indonesia Association").org("VIA").list());

        assertThat(quotes).filteredOn(q -> q.text().startsWith("Yang kami harapkan")).singleElement()
                .extracting(Quote::speaker).isEqualTo("Didit Soedarto");
    }

    /**
     * kompas.com (15/9/2019): a parent named with his age in brackets opens the sentence before {@code katanya}; he is
     * whom it means, not the promoter quoted before him.
     */
    @Test
    void aPersonNamedWithHisAgeIsTheSubjectAPronounMeans() {
        String body = "Promotor Paw Patrol Live! Nurman Hanifuddin mengungkapkan, acara ini memang untuk mengajak "
                + "anak-anak peduli dengan sesama.\n\n\"Kami ingin memperlihatkan anak-anak sebuah aksi tolong-menolong,\" "
                + "katanya.\n\nAndreas Perwira (42), salah seorang orangtua yang turut serta menemani sang anak "
                + "menyaksikan Paw Patrol Live! sepakat jika aksi panggung yang disajikan disebut memiliki pesan saling "
                + "membantu. Sepanjang acara, katanya, anak-anak memang mendapatkan contoh berbuat baik.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Nurman Hanifuddin").per("Andreas Perwira")
                .org("Paw Patrol Live").list());

        assertThat(quotes).filteredOn(q -> q.text().startsWith("Sepanjang acara"))
                .singleElement().extracting(Quote::speaker).isEqualTo("Andreas Perwira");
        assertThat(quotes).filteredOn(q -> q.text().startsWith("Kami ingin"))
                .singleElement().extracting(Quote::speaker).isEqualTo("Nurman Hanifuddin");
    }
}
