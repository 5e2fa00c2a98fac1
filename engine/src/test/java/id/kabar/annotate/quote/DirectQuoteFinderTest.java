package id.kabar.annotate.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.kabar.model.EntityType;
import id.kabar.model.Quote;
import id.kabar.model.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectQuoteFinderTest {

    @Test
    void speakerAfterTheQuoteIsTheNameBehindHisRole() {
        String body = "“Melanjutkan permintaan Zelensky, Putin akan mengirim perwakilan untuk bernegosiasi dengan "
                + "delegasi Ukraina,” ujar juru bicara Kremlin, Dmitry Peskov.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body)
                .per("Dmitry Peskov", "Peskov").per("Volodymyr Zelensky", "Zelensky").per("Vladimir Putin", "Putin")
                .org("Kremlin").loc("Ukraina").list());
        assertThat(quotes).extracting(Quote::kind, Quote::speaker, Quote::speakerType, Quote::cue, Quote::text)
                .containsExactly(tuple(QuoteKind.DIRECT, "Dmitry Peskov", EntityType.PER, "ujar",
                        "Melanjutkan permintaan Zelensky, Putin akan mengirim perwakilan untuk bernegosiasi dengan "
                                + "delegasi Ukraina"));
    }

    /** okezone.com (13/9/2019): the name given after "bernama" is the person speaking, though tagged a company. */
    @Test
    void theNameGivenAfterBernamaIsThePerson() {
        String body = "\"Kita dah menunggu kapan mau berangkat. Saya rencana terbang naik pesawat Citilink,\" kata seorang "
                + "penumpang bernama A Dalimunthe kepada wartawan, Rabu (13/9/2019).";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).org("Citilink").org("A Dalimunthe").list());
        assertThat(quotes).extracting(Quote::speaker, Quote::speakerType)
                .containsExactly(tuple("A Dalimunthe", EntityType.PER));
    }

    /** tribunnews.com (10/9/2019): "singkat" after a quote, like "ujar", tells who said it, briefly. */
    @Test
    void singkatAfterTheQuoteReportsIt() {
        String body = "\"Tadi saya baru menjenguk langsung Pak Habibie. Kondisi kesehatan beliau cukup berat dan tim "
                + "dokter yang bisa menjelaskan,\" singkat Anies di Paviliun Kartika, RSPAD, Jakarta Pusat.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Anies Baswedan", "Anies").per("Habibie")
                .loc("Paviliun Kartika").list());
        assertThat(quotes).extracting(Quote::speaker, Quote::cue).containsExactly(tuple("Anies Baswedan", "singkat"));
    }

    /** Kompas.com (10/9/2019): the manager's words open after a stop and a comma the page left for a lost word. */
    @Test
    void aQuoteOpeningAfterAStopAndACommaIsSaidByTheOneItsAttributionNames() {
        String body = "Untuk menjawab adanya keraguan terhadap daya tahan baterai tersebut, Nissan mengklaim akan "
                + "memberikan , tersendiri.,\" , kami memberikan garansi selama delapan tahun atau 160.000 kilimeter "
                + "(km), tanpa ada pengurangan performa,\" kata Senior Manager R&D NMI Jauhari Adzannis, kepada wartawan "
                + "di Karawang, Jawa Barat, Senin (9/9/2019).";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Jauhari Adzannis").org("Nissan").org("NMI")
                .loc("Karawang").loc("Jawa Barat").list());
        assertThat(quotes).filteredOn(q -> q.kind() == QuoteKind.DIRECT)
                .extracting(Quote::speaker, Quote::cue, Quote::text)
                .containsExactly(tuple("Jauhari Adzannis", "kata", ", kami memberikan garansi selama delapan tahun atau "
                        + "160.000 kilimeter (km), tanpa ada pengurangan performa"));
    }

    /** Kompas.com (10/9/2019): the clause {@code Kata Fachri} reports stays a quote beside the one that lost a word. */
    @Test
    void theClauseBeforeAQuoteThatLostItsFirstWordIsReportedToo() {
        String body = "Kata Fachri, kabut asap di Riau, juga dampak dari kebakaran hutan dan lahan (karhutla) di Provinsi "
                + "Jambi dan Sumatera Selatan (Sumsel).,\" , di Riau sebenarnya akumulasi dari , (titik panas) di Riau "
                + "sendiri dan juga , di Jambi dan Sumsel,\" sebut Fachri.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Fachri").loc("Riau").loc("Jambi")
                .loc("Sumatera Selatan").list());
        assertThat(quotes).extracting(Quote::kind, Quote::speaker, Quote::cue).containsExactly(
                tuple(QuoteKind.INDIRECT, "Fachri", "kata"), tuple(QuoteKind.DIRECT, "Fachri", "sebut"));
    }

    @Test
    void speakerAfterTheQuoteWithoutEntitiesFallsBackToTheCapitalisedName() {
        String body = "\"Tim ahli arkelog dari Makassar yang kami datangkan tiga orang,\" kata Alpius di Wamena, "
                + "Jayawijaya, Kamis.";
        assertThat(Found.quotes(body)).extracting(Quote::speaker, Quote::speakerType, Quote::text)
                .containsExactly(tuple("Alpius", EntityType.PER, "Tim ahli arkelog dari Makassar yang kami datangkan tiga orang"));
    }

    @Test
    void speakerBeforeTheQuoteWithAnAppositiveRole() {
        String body = "Vladimir Medinsky, kepala delegasi Rusia, mengatakan \"karena setiap jamnya konflik menyebabkan "
                + "lebih banyak korban, kami sangat tertarik untuk mencapai kesepakatan sesegera mungkin\".";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Vladimir Medinsky", "Medinsky").loc("Rusia").list());
        assertThat(quotes).extracting(Quote::kind, Quote::speaker, Quote::cue)
                .containsExactly(tuple(QuoteKind.DIRECT, "Vladimir Medinsky", "mengatakan"));
        assertThat(quotes.get(0).text()).startsWith("karena setiap jamnya").endsWith("sesegera mungkin");
    }

    @Test
    void speakerBeforeAColon() {
        String body = "Kapolda Metro Jaya Irjen Fadil Imran: \"Kami akan menindak tegas setiap pelanggaran.\"";
        assertThat(Found.quotes(body)).extracting(Quote::speaker, Quote::text)
                .containsExactly(tuple("Fadil Imran", "Kami akan menindak tegas setiap pelanggaran."));
    }

    @Test
    void suffixedCueMeansTheSubjectNotTheNameInsideHisClause() {
        // seed 004: Putin is named after Peskov, but "katanya" still refers to Peskov
        String body = "Juru bicara Kremlin Dmitry Peskov mengatakan Presiden Vladimir Putin telah diberitahu tentang "
                + "pembicaraan tersebut. “Bahwa \"terlalu dini untuk menilai\" hasilnya,” katanya dikutip AFP, Selasa (1/3).";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Dmitry Peskov", "Peskov")
                .per("Vladimir Putin", "Putin").org("Kremlin").org("AFP").list());
        assertThat(quotes).extracting(Quote::kind, Quote::speaker, Quote::text).containsExactly(
                tuple(QuoteKind.INDIRECT, "Dmitry Peskov", "Presiden Vladimir Putin telah diberitahu tentang pembicaraan tersebut"),
                tuple(QuoteKind.DIRECT, "Dmitry Peskov", "Bahwa \"terlalu dini untuk menilai\" hasilnya"));
    }

    @Test
    void quoteParagraphWithoutCueContinuesThePreviousSpeaker() {
        String body = "\"Teman-teman, presiden Belarus telah meminta saya untuk menyambut Anda,\" kata Menteri Luar Negeri "
                + "Belarusia, Vladimir Makei, saat membuka pertemuan tersebut.\n\n"
                + "\"Karena sudah disetujui para presiden, Anda bisa merasa aman.\"";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Vladimir Makei", "Makei").loc("Belarus", "Belarusia").list());
        assertThat(quotes).extracting(Quote::speaker, Quote::cue, Quote::text).containsExactly(
                tuple("Vladimir Makei", "kata", "Teman-teman, presiden Belarus telah meminta saya untuk menyambut Anda"),
                tuple("Vladimir Makei", null, "Karena sudah disetujui para presiden, Anda bisa merasa aman."));
    }

    @Test
    void suffixedCueAfterANewSubjectPointsToThatSubject() {
        String body = "\"Karena sudah disetujui para presiden, Anda bisa merasa aman,\" kata Vladimir Makei.\n\n"
                + "Senin lalu, Presiden Ukraina Volodymyr Zelenskyy meminta Uni Eropa menerima Ukraina.\n\n"
                + "\"Tujuan kami adalah untuk bersama dengan semua negara Eropa,\" ujarnya dalam sebuah video.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Vladimir Makei", "Makei")
                .per("Volodymyr Zelenskyy").loc("Ukraina").org("Uni Eropa").list());
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Vladimir Makei", "Volodymyr Zelenskyy");
    }

    @Test
    void scareQuotesInsideAReportAreNotDirectQuotes() {
        String body = "Peskov mengatakan Moskow akan \"menganalisis\" hasil pembicaraan.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Dmitry Peskov", "Peskov").loc("Moskow").list());
        assertThat(quotes).extracting(Quote::kind, Quote::text)
                .containsExactly(tuple(QuoteKind.INDIRECT, "Moskow akan \"menganalisis\" hasil pembicaraan"));
    }

    @Test
    void quoteInterruptedByItsAttributionResumesWithTheSameSpeaker() {
        String body = "“Kami sudah siap,” kata Wanderley, “tetapi laga tandang selalu berat bagi kami.”";
        assertThat(Found.quotes(body)).extracting(Quote::speaker, Quote::text).containsExactly(
                tuple("Wanderley", "Kami sudah siap"),
                tuple("Wanderley", "tetapi laga tandang selalu berat bagi kami."));
    }

    @Test
    void descriptionWithDemonstrativeRefersBackToThePerson() {
        String body = "Pelatih Arema Aji Santoso mendatangkan kiper Persela Lamongan Dwi Kuswanto.\n\n"
                + "\"Untuk Christovel Sibi, kami tidak pertahankan dia,\" kata mantan pelatih timnas Indonesia U-23 itu.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Aji Santoso", "Aji").per("Dwi Kuswanto")
                .per("Christovel Sibi").org("Arema").org("Persela Lamongan").loc("Indonesia").list());
        assertThat(quotes).extracting(Quote::speaker, Quote::cue).containsExactly(tuple("Aji Santoso", "kata"));
    }

    @Test
    void quoteOpeningAfterASentenceWithSpaceBeforeTheStraightMark() {
        String body = "Sementara itu, Hanif yang mendapatkan kontrak dua tahun di Arema mengaku senang. \"Tidak ada beban "
                + "jika dibilang menggantikan Raphael Maitimo,\" tegas Hanif.";
        assertThat(Found.quotes(body)).extracting(Quote::kind, Quote::speaker, Quote::cue)
                .contains(tuple(QuoteKind.DIRECT, "Hanif", "tegas"));
    }

    /** tempo.co (9/9/2019): each paragraph of a quote over two is a quote of its own, both the governor's. */
    @Test
    void eachParagraphOfAQuoteIsAttributedByItsLastParagraph() {
        String body = "Dalam pertemuan yang sama, Gubernur Wayan sepakat dengan keputusan ini. “Poin-poin itu sudah "
                + "merespon surat Gubernur Bali.\n\n\"Pada intinya akibat keteledoran dalam reklamasi sehingga "
                + "mengakibatkan melubernya material dan membuat tanaman mangrove di sana mati,” kata Wayan pada "
                + "pertemuan tersebut.";
        assertThat(Found.quotes(body, Entities.in(body).per("Wayan").loc("Bali").list()))
                .extracting(Quote::kind, Quote::speaker, Quote::cue, Quote::text)
                .containsExactly(
                        tuple(QuoteKind.DIRECT, "Wayan", "kata", "Poin-poin itu sudah merespon surat Gubernur Bali."),
                        tuple(QuoteKind.DIRECT, "Wayan", "kata", "Pada intinya akibat keteledoran dalam reklamasi "
                                + "sehingga mengakibatkan melubernya material dan membuat tanaman mangrove di sana mati"));
    }

    /** tempo.co (12/9/2019): a quote introduced with a colon goes on in a paragraph closed without a cue. */
    @Test
    void eachParagraphOfAnIntroducedQuoteTakesItsSpeaker() {
        String body = "Pada hari Selasa, ESA menulis di situs webnya: \"Menurut perkiraan ESA baru-baru ini, ada 878 "
                + "asteroid di 'daftar risiko'.\n\n“Katalog ESA ini menyatukan semua asteroid yang kita tahu memiliki "
                + "peluang 'non-nol' untuk menabrak Bumi dalam 100 tahun ke depan.\"";
        assertThat(Found.quotes(body, Entities.in(body).org("ESA").loc("Bumi").list()))
                .extracting(Quote::speaker, Quote::cue, Quote::text)
                .containsExactly(
                        tuple("ESA", "menulis", "Menurut perkiraan ESA baru-baru ini, ada 878 asteroid di 'daftar risiko'."),
                        tuple("ESA", "menulis", "Katalog ESA ini menyatukan semua asteroid yang kita tahu memiliki "
                                + "peluang 'non-nol' untuk menabrak Bumi dalam 100 tahun ke depan."));
    }

    /**
     * tempo.co (9/9/2019): the page set the closing mark at the start of the next paragraph, before the cue
     * ({@code bahan bakar\n\n"ujarnya.}): the cue attributes the quote and is no word of it.
     */
    @Test
    void aCueAfterAStrayMarkOpeningItsParagraphAttributesTheQuote() {
        String body = "Adapun mesin konvensional itu kata Jauhari, hanya berfungsi sebagai generator.\n\n\"Kalau untuk "
                + "hybrid, itu kan dua-duanya (mesin dan motor listrik) sebagai penggerak roda. e-Power tidak. Makanya "
                + "teknologi ini memerlukan gasolin (bensin) sebagai bahan bakar\n\n\"ujarnya.\n\n"
                + "Adapun keunggulan teknologi e-power dari Nissan disebut Jauhari adalah rendah emisi.";
        assertThat(Found.quotes(body, Entities.in(body).per("Jauhari").org("Nissan").list()))
                .filteredOn(q -> q.kind() == QuoteKind.DIRECT)
                .extracting(Quote::speaker, Quote::cue, Quote::text)
                .containsExactly(tuple("Jauhari", "ujar", "Kalau untuk hybrid, itu kan dua-duanya (mesin dan motor "
                        + "listrik) sebagai penggerak roda. e-Power tidak. Makanya teknologi ini memerlukan gasolin "
                        + "(bensin) sebagai bahan bakar"));
    }

    @Test
    void quoteSetOffByACommaIsStillAttributedBehindIt() {
        String body = "Nenek itu terancam hukuman 15 tahun penjara karena melanggar undang-undang tentang mata uang, "
                + "“Pelaku kami titipkan di Rutan Pondok Bambu, Jakarta Timur,” kata Kapolsek.";
        assertThat(Found.quotes(body)).extracting(Quote::kind, Quote::speaker, Quote::speakerType, Quote::text)
                .containsExactly(tuple(QuoteKind.DIRECT, "Kapolsek", EntityType.OTHER,
                        "Pelaku kami titipkan di Rutan Pondok Bambu, Jakarta Timur"));
    }

    @Test
    void aSurnameAloneTakesTheFullNameWrittenEarlier() {
        String body = "Juru bicara Kremlin Dmitry Peskov berbicara kepada wartawan di Moskow.\n\n"
                + "\"Negosiasi berlanjut,\" kata Peskov.";
        assertThat(Found.quotes(body)).extracting(Quote::speaker).containsExactly("Dmitry Peskov");
    }

    @Test
    void aHeadingIsNotWhoTheNextQuoteBelongsTo() {
        String body = "\"Saya tidak akan bermain melawan Arsenal,\" ujar Virgil van Dijk kepada wartawan.\n\n"
                + "Van Dijk Absen Dalam Rombongan Tur Southampton\n\n"
                + "\"Dengan rasa menyesal saya sampaikan bahwa saya sudah mengajukan permohonan untuk dijual.\"";
        assertThat(Found.quotes(body)).extracting(Quote::speaker).containsExactly("Virgil van Dijk", "Virgil van Dijk");
    }

    @Test
    void verbOrOpeningCueAFewWordsBeforeTheQuote() {
        String body = "Dmitry Peskov mengatakan kepada wartawan di Moskow, \"Rusia tidak meminta bantuan militer dari China.\"\n\n"
                + "Menurut Peskov, \"operasi berjalan sesuai rencana dan akan selesai tepat waktu.\"";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Dmitry Peskov", "Peskov").loc("Moskow")
                .loc("Rusia").loc("China").list());
        assertThat(quotes).extracting(Quote::kind, Quote::speaker, Quote::cue).containsExactly(
                tuple(QuoteKind.DIRECT, "Dmitry Peskov", "mengatakan"),
                tuple(QuoteKind.DIRECT, "Dmitry Peskov", "menurut"));
    }

    @Test
    void passiveSentenceAfterTheQuoteNamesItsSpeaker() {
        String body = "\"Kami tidak akan mundur dari perundingan ini.\" Hal itu disampaikan Peskov kepada wartawan di Moskow.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Dmitry Peskov", "Peskov").loc("Moskow").list());
        assertThat(quotes).extracting(Quote::kind, Quote::speaker, Quote::cue)
                .containsExactly(tuple(QuoteKind.DIRECT, "Dmitry Peskov", "disampaikan"));
    }

    @Test
    void aNameTheRecognizerLeftUntaggedAfterATitleIsAPerson() {
        String body = "Sidang di Pengadilan Negeri Jakarta Selatan berlangsung tertutup.\n\n"
                + "\"Terdakwa terbukti bersalah melakukan penipuan,\" kata jaksa Irene di ruang sidang.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).org("Pengadilan Negeri Jakarta Selatan").list());
        assertThat(quotes).extracting(Quote::speaker, Quote::speakerType).containsExactly(tuple("Irene", EntityType.PER));
    }

    @Test
    void suffixedCueWithNoPersonInFocusFollowsTheLastSpeaker() {
        String body = "Pasukan Rusia menembaki alun-alun pusat kota Kharkiv, kata pejabat Ukraina.\n\n"
                + "\"Kami akan terus bertahan,\" katanya.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).loc("Rusia").loc("Kharkiv").loc("Ukraina").list());
        assertThat(quotes).extracting(Quote::speaker).containsExactly("pejabat Ukraina", "pejabat Ukraina");
    }

    @Test
    void statementNamedAfterDemikianGivesTheSource() {
        String body = "\"Ofisial lapangan sudah bekerja keras untuk mengatasi masalah ini,\" demikian pernyataan resmi "
                + "pihak Sixers.";
        assertThat(Found.quotes(body)).extracting(Quote::speaker, Quote::cue)
                .containsExactly(tuple("pihak Sixers", "pernyataan"));
    }

    @Test
    void aRelativeClauseBeforeTheCueDescribesTheSentencesSubject() {
        String body = "Sedangkan Grande (23) yang mengalahkan Justin Bieber, Rihanna dan Gomez pada kategori yang "
                + "dimenangkannya, berkata, \"Saya berharap saya bisa membuat kalian senang.\"";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Ariana Grande", "Grande")
                .per("Justin Bieber").per("Rihanna").per("Gomez").list());
        assertThat(quotes).extracting(Quote::speaker, Quote::cue)
                .containsExactly(tuple("Ariana Grande", "berkata"));
    }

    @Test
    void aRegretAfterTheQuoteReportsIt() {
        // tribunnews.com, 10 September 2019, after KONTAN
        String body = "Namun, \"Kami tidak ada kesempatan lagi mencari mutiara terpendam,\" sesal Budi kepada KONTAN, "
                + "Senin (9/9).";
        assertThat(Found.quotes(body, Entities.in(body).per("Budi Darmawan", "Budi").org("KONTAN").list()))
                .extracting(Quote::kind, Quote::speaker, Quote::cue, Quote::text).containsExactly(tuple(
                        QuoteKind.DIRECT, "Budi Darmawan", "sesal", "Kami tidak ada kesempatan lagi mencari mutiara terpendam"));
    }

    @Test
    void aParagraphThatLostItsOpeningMarkIsSpeechOnlyWhenAttributed() {
        // tempo.co, 12 September 2019: the president at Habibie's burial; the opening mark of his words is lost
        String body = "Presiden Joko Widodo menjadi inspektur upacara pemakaman Habibie.\n\n"
                + "Beliau adalah negarawan sejati, inspirator, ilmuwan, yang meyakini tanpa cinta kecerdasan itu "
                + "berbahaya,\" katanya, Kamis, 12 September 2019.\n\n"
                + "Upacara berlangsung khidmat, menurut laporan.\" Sumber: Antara.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Joko Widodo", "Joko Widodo").list());
        assertThat(quotes).extracting(Quote::kind, Quote::speaker, Quote::text)
                .containsExactly(tuple(QuoteKind.DIRECT, "Joko Widodo", "Beliau adalah negarawan sejati, inspirator, "
                        + "ilmuwan, yang meyakini tanpa cinta kecerdasan itu berbahaya"));
    }

    @Test
    void aParagraphThatLostItsOpeningMarkDropsWhatAStrippedLinkLeft() {
        // tempo.co, 11 September 2019: a resident of Harare on Mugabe's death, the link before his words stripped
        String body = "Warga Harare tidak peduli.\n\n) telah pergi. Untuk apa saya harus datang ke acara pemakamannya? "
                + "Saya tidak punya bensin,\" kata Simba, penduduk kota Harare.";
        assertThat(Found.quotes(body)).extracting(Quote::text)
                .containsExactly("telah pergi. Untuk apa saya harus datang ke acara pemakamannya? Saya tidak punya bensin");
    }

    /**
     * IndoSum (Rimanews, 14 April 2017): the director's words set between two single marks written for a double one,
     * the paragraph opening with a report of his; the quote is his as {@code katanya} says.
     */
    @Test
    void twoSingleMarksWrittenForADoubleOneQuoteTheSpeaker() {
        String body = "Zabadi menambahkan, di Rumah Desain menawarkan produk fashion termasuk busana muslim dan produk "
                + "kulit. Di antaranya, sepatu, tas, dan aksesoris dari bahan kult. ’’ Jadi, ada beberapa perbedaan "
                + "dengan Galeri Indonesia Wow (GIW) yang lebih dulu gebyar. Nah, galeri tersebut juga akan menyambut "
                + "perayaan Hari Kartini dengan berbagai kejutan, ’’ katanya.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Ahmad Zabadi", "Zabadi").org("Rumah Desain")
                .org("Galeri Indonesia Wow", "GIW").list());
        assertThat(quotes).filteredOn(q -> q.kind() == QuoteKind.DIRECT).singleElement().satisfies(q -> {
            assertThat(q.text()).startsWith("Jadi, ada beberapa perbedaan").endsWith("dengan berbagai kejutan");
            assertThat(q.speaker()).isEqualTo("Ahmad Zabadi");
        });
    }

    /**
     * okezone.com and sindonews.com (CLICK-ID week, 10-16 September 2019): a title opening with a word the role lexicon
     * lacks ({@code Konjen}, {@code Global Vice President}) and the body it serves, then its holder after a comma; the
     * holder speaks, not the consulate or the company.
     */
    @Test
    void theHolderAfterATitleAndItsBodySpeaks() {
        String consul = "\"Ada banyak alasannya,\" kata Konjen RI, Hery Sarifudin di Jeddah.";
        assertThat(Found.quotes(consul, Entities.in(consul).org("Konjen RI").per("Hery Sarifudin").loc("Jeddah").list()))
                .extracting(Quote::speaker, Quote::speakerType)
                .containsExactly(tuple("Hery Sarifudin", EntityType.PER));
        String resort = "\"Sandals ingin memberikan pengalaman liburan terbaik bagi keluarga,\" kata Global Vice President "
                + "Sandals, Carla Schmitzberger dalam keterangan resminya.";
        assertThat(Found.quotes(resort, Entities.in(resort).org("Global Vice President Sandals").org("Sandals")
                .per("Carla Schmitzberger").list()))
                .extracting(Quote::speaker, Quote::speakerType)
                .containsExactly(tuple("Carla Schmitzberger", EntityType.PER));
        String traffic = "\"Arus lalu lintas sudah normal,\" kata Dirlantas Polda Metro Jaya, Kombes Pol Yusuf di Jakarta, "
                + "Selasa 10 September 2019.";
        assertThat(Found.quotes(traffic, Entities.in(traffic).org("Polda Metro Jaya").per("Yusuf").loc("Jakarta").list()))
                .extracting(Quote::speaker, Quote::speakerType)
                .containsExactly(tuple("Yusuf", EntityType.PER));
    }

    /**
     * kompas.com (13 September 2019) and sindonews.com (12 September 2019, CLICK-ID week): the holder after a title and
     * a comma speaks where the entity stage left the name untagged ({@code Ubaidillah}) and where the day told after it
     * closes the phrase ({@code Wan Nurshima Wan Jusoh Kamis}); the body and the consulate spoke before.
     */
    @Test
    void theHolderUntaggedOrFollowedByTheDaySpeaks() {
        String activist = "\"Jadi kita bergerak dari Jakarta hingga daerah-daerah,\" kata aktivis Lakpesdam PBNU, Ubaidillah.";
        assertThat(Found.quotes(activist, Entities.in(activist).loc("Jakarta").org("PBNU").list()))
                .extracting(Quote::speaker, Quote::speakerType)
                .containsExactly(tuple("Ubaidillah", EntityType.PER));
        String consulate = "\"(Warga Malaysia) masih bertahan di Pekanbaru,\" kata Konsulat Malaysia Riau, Wan Nurshima Wan "
                + "Jusoh Kamis (12/9/2019).";
        assertThat(Found.quotes(consulate, Entities.in(consulate).loc("Malaysia").loc("Pekanbaru").loc("Malaysia Riau")
                .per("Wan Nurshima Wan Jusoh").list()))
                .extracting(Quote::speaker, Quote::speakerType)
                .containsExactly(tuple("Wan Nurshima Wan Jusoh", EntityType.PER));
        String institute = "Menurut Adnan, pihaknya sudah masuk ke kampus-kampus. \"Kampus harus terbuka dalam rekrutmen,\" tutur "
                + "peneliti di Lembaga Penelitian, Pendidikan dan Penerangan Ekonomi dan Sosial (LP3ES) itu.";
        assertThat(Found.quotes(institute, Entities.in(institute).per("Adnan").org("Lembaga Penelitian").org("LP3ES").list()))
                .filteredOn(q -> q.text().startsWith("Kampus harus")).extracting(Quote::speaker)
                .doesNotContain("Pendidikan", "Penerangan Ekonomi");
    }

    /**
     * okezone.com (10 and 11 September 2019): a supervisor's title, in full or written short ({@code Spv}), leads to its
     * holder after the comma, though the tagger reads the holder as a place.
     */
    @Test
    void aSupervisorLeadsToTheHolder() {
        String hotel = "\"Setiap hari kita menyiapkan makan 3 kali,\" kata Supervisor Front Office, Hamzah, Selasa (10/9/2019).";
        assertThat(Found.quotes(hotel, Entities.in(hotel).org("Supervisor Front Office").loc("Hamzah").list()))
                .extracting(Quote::speaker).containsExactly("Hamzah");
        String airline = "\"Kalau yang berputar di udara selama 1 jam hanya pesawat Trigana Air saja,\" ujar Spv Trigana Air "
                + "Pangkalan Bun, Nasrum, Rabu (11/9/2019).";
        assertThat(Found.quotes(airline, Entities.in(airline).org("Trigana Air").loc("Pangkalan Bun").loc("Nasrum").list()))
                .extracting(Quote::speaker).containsExactly("Nasrum");
    }

    /**
     * sindonews.com (10 September 2019): the number of one of several offices after their short form ({@code Asisten
     * Daerah (Asda) 2}) goes on in the title to its holder.
     */
    @Test
    void anOfficeNumberedAfterItsShortFormLeadsToItsHolder() {
        String body = "\"Masalah stunting bukan masalah kesehatan semata,\" ujar Asisten Daerah (Asda) 2 Bidang Pemerintahan "
                + "dan Pembangunan Kabupaten Boalemo, Mus Moha, saat ditemui di Boalemo, Kamis (12/9/2019).";
        assertThat(Found.quotes(body, Entities.in(body).loc("Kabupaten Boalemo").per("Mus Moha").loc("Boalemo").list()))
                .extracting(Quote::speaker).containsExactly("Mus Moha");
    }

    /**
     * okezone.com (13 September 2019): {@code Karo}, a bureau's head written short before its field, read as a person
     * by the tagger; the holder named after the comma speaks.
     */
    @Test
    void aBureauHeadWrittenShortLeadsToItsHolder() {
        String body = "\"Saya enggak berani nilai secara internal, dalam hal ini bukan kapasitas Polri untuk menilai kondisi "
                + "internal KPK,\" kata Karo Penmas Divisi Humas Mabes Polri, Brigjen Dedi Prasetyo kepada wartawan, Jumat "
                + "(13/9/2019).";
        assertThat(Found.quotes(body, Entities.in(body).org("Polri").org("KPK").per("Karo").per("Dedi Prasetyo").list()))
                .extracting(Quote::speaker, Quote::speakerType)
                .containsExactly(tuple("Dedi Prasetyo", EntityType.PER));
    }

    /**
     * okezone.com (10 September 2019) and sindonews.com (16 September 2019): an acting title written short with its
     * period ({@code Plt.}) and a prison's head ({@code Kalapas}) open the title; its holder speaks.
     */
    @Test
    void anActingTitleAndAPrisonHeadLeadToTheirHolders() {
        String acting = "\"Situasinya akan terus dipantau dalam satu atau dua hari ke depan,\" kata Plt. Kepala Biro Humas "
                + "Kementerian Kominfo, Ferdinandus Setu dalam keterangan resmi.";
        assertThat(Found.quotes(acting, Entities.in(acting).org("Kominfo").per("Ferdinandus Setu").list()))
                .extracting(Quote::speaker).containsExactly("Ferdinandus Setu");
        String prison = "\"Yang bersangkutan dilaporkan menderita penyakit jantung,\" ujar Kalapas Kelas I Porong, Surabaya "
                + "Tony Nainggolan saat dihubungi SINDOnews, Senin (16/9/2019).";
        assertThat(Found.quotes(prison, Entities.in(prison).loc("Surabaya").per("Tony Nainggolan").org("SINDOnews")
                .list())).extracting(Quote::speaker).containsExactly("Tony Nainggolan");
    }

    /**
     * kompas.com (10 September 2019): {@code Paur}, a police officer in charge of an affair, opens his title, though the
     * tagger reads the title as a person.
     */
    @Test
    void aPoliceOfficerInChargeLeadsToHisName() {
        String body = "\"Benar ada seorang ibu rumah tangga yang tewas tergantung di dapur rumahnya di Agam,\" kata Paur Humas "
                + "Polres Agam, Aiptu Sapta Beni yang dihubungi, Senin malam.";
        assertThat(Found.quotes(body, Entities.in(body).per("Paur Humas Polres Agam").per("Sapta Beni").list()))
                .extracting(Quote::speaker).containsExactly("Sapta Beni");
    }

    /** A day after the comma is no holder: the body speaks ({@code kata Kemenkes, Senin}). */
    @Test
    void aDayAfterTheBodyIsNoHolder() {
        String body = "\"Stok vaksin masih cukup,\" kata Kementerian Kesehatan, Senin (9/9/2019).";
        assertThat(Found.quotes(body, Entities.in(body).org("Kementerian Kesehatan").list()))
                .extracting(Quote::speaker).containsExactly("Kementerian Kesehatan");
    }

    /**
     * kompas.com (8 September 2019) and sindonews.com (15 September 2019): an acting title written out with its short
     * form in brackets ({@code pelaksana tugas (Plt)}) opens the title, and a body's short form in brackets before the
     * comma closes it; the holder after the comma speaks, not the title from {@code Plt)} on.
     */
    @Test
    void anActingTitleWithItsShortFormInBracketsLeadsToItsHolder() {
        String bnpb = "\"Hasil pantauan BMKG pada 7 September 2019 terdeteksi asap lintas batas di wilayah perbatasan,\" kata "
                + "pelaksana tugas (Plt) Kepala Pusat Data, Informasi dan Humas Badan Nasional Penanggulangan Bencana ( BNPB), "
                + "Agus Wibowo, melalui keterangan tertulis, Minggu (8/9/2019).";
        assertThat(Found.quotes(bnpb, Entities.in(bnpb).org("BMKG").org("Badan Nasional Penanggulangan Bencana", "BNPB")
                .per("Agus Wibowo").list())).extracting(Quote::speaker).containsExactly("Agus Wibowo");
        String bekasi = "\"Hingga bulan September ini, serapan anggaran disetiap Organisasi Perangkat Daerah (OPD) masih jauh "
                + "dari targetan yang sudah ditetapkan,\" ujar Pelaksana Tugas (Plt) Kasubbag Evaluasi Penyerapan Anggaran, "
                + "Bagian Administrasi Pembangunan Sekretariat Daerah (Setda) Kabupaten Bekasi, Widi Mulyawan di Bekasi, "
                + "Minggu (15/9/2019).";
        assertThat(Found.quotes(bekasi, Entities.in(bekasi).loc("Bekasi").org("Sekretariat Daerah", "Setda")
                .per("Widi Mulyawan").list())).extracting(Quote::speaker).containsExactly("Widi Mulyawan");
    }

    /**
     * sindonews.com (10 and 15 September 2019): a title naming its body and the year of its season after a comma
     * ({@code Kepala Daerah Kerja (Daker) Madinah, PPIH 2019, Akhmad Jauhari}) goes on to its holder.
     */
    @Test
    void aTitleWithItsBodysYearLeadsToItsHolder() {
        String body = "\"Semoga seluruh amal ibadahnya diterima Allah SWT,\" kata Kepala Daerah Kerja (Daker) Madinah, PPIH "
                + "2019, Akhmad Jauhari.";
        assertThat(Found.quotes(body, Entities.in(body).org("PPIH").per("Allah SWT").loc("Madinah").per("Akhmad Jauhari")
                .list())).extracting(Quote::speaker).containsExactly("Akhmad Jauhari");
    }

    /**
     * kompas.com (9 September 2019), sindonews.com (11 September 2019) and okezone.com (13 September 2019): a
     * description in lower case or a tie to someone, then a comma and the person the entity stage found, is that
     * person's; before, the speaker was the description ({@code astronom amatir}, {@code orator}, {@code cucu BJ
     * Habibie}).
     */
    @Test
    void aDescriptionOrATieBeforeACommaLeadsToThePersonAfterIt() {
        String astronomer = "\"Hari tanpa bayangan Matahari berbeda dengan ekuinoks,\" ujar astronom amatir, Marufin Sudibyo, "
                + "kepada wartawan, Senin (9/9/2019)";
        assertThat(Found.quotes(astronomer, Entities.in(astronomer).per("Marufin Sudibyo").list()))
                .extracting(Quote::speaker).containsExactly("Marufin Sudibyo");
        String orator = "\"Stop reklamasi. Pelindo harus bertanggung jawab,\" ujar orator, Wahyu Kurnia.";
        assertThat(Found.quotes(orator, Entities.in(orator).org("Pelindo").per("Wahyu Kurnia").list()))
                .extracting(Quote::speaker).containsExactly("Wahyu Kurnia");
        String grandchild = "\u201cBelum ada waktu buat gue sendiri buat mudeng kalau beliau sudah enggak ada, itu belum,\u201d "
                + "ungkap cucu BJ Habibie, Melanie saat ditemui di kawasan Tendean, Jakarta, Jumat (13/9/2019).";
        assertThat(Found.quotes(grandchild, Entities.in(grandchild).per("BJ Habibie").per("Melanie").loc("Tendean")
                .loc("Jakarta").list())).extracting(Quote::speaker).containsExactly("Melanie");
    }

    /** A day after a description's comma is no holder ({@code kata petugas, Senin}): the description stays. */
    @Test
    void aDayAfterADescriptionIsNoHolder() {
        String body = "\"Jalur sudah dibuka kembali,\" kata petugas jaga, Senin (9/9/2019).";
        assertThat(Found.quotes(body, Entities.in(body).list())).extracting(Quote::speaker).containsExactly("petugas jaga");
    }

    /**
     * okezone.com (16 September 2019) and tempo.co (12 September 2019): a member's title goes on past {@code dari} or
     * {@code asal} to the faction, then to the member named; before, the speaker was the house the title names first.
     */
    @Test
    void aMembersTitleGoesOnPastItsFactionToTheMember() {
        String faction = "\"Biarkan saja penegak hukum memproses semua ini ya,\" kata anggota Komisi I DPR dari Fraksi Demokrat, "
                + "Syarief Hasan kepada di Jakarta, Senin (16/9/2019).";
        assertThat(Found.quotes(faction, Entities.in(faction).org("Komisi I DPR").org("Fraksi Demokrat").per("Syarief Hasan")
                .loc("Jakarta").list())).extracting(Quote::speaker).containsExactly("Syarief Hasan");
        String party = "\"Semua proses sudah dilalui dan sudah disetujui di tingkat paripurna,\" kata Anggota Badan Legislasi DPR "
                + "asal NasDem Taufiqulhadi di Ruang Baleg, Gedung DPR RI, Senayan, Jakarta, Kamis, 12 September 2019.";
        assertThat(Found.quotes(party, Entities.in(party).org("Badan Legislasi DPR").org("NasDem").per("Taufiqulhadi")
                .loc("Senayan").loc("Jakarta").list())).extracting(Quote::speaker).containsExactly("Taufiqulhadi");
    }

    /**
     * tempo.co (15 September 2019): a tie closed by a demonstrative, then a comma and the person the entity stage
     * found, is that person's ({@code kata bibi gadis itu, Crystal Warren}); before, the speaker was the tie.
     */
    @Test
    void aTieClosedByADemonstrativeLeadsToThePersonAfterItsComma() {
        String body = "\"Ini mimpi terburuk setiap orangtua,\" kata bibi gadis itu, Crystal Warren, kepada KWTX pada Jumat.";
        assertThat(Found.quotes(body, Entities.in(body).per("Crystal Warren").org("KWTX").list()))
                .extracting(Quote::speaker).containsExactly("Crystal Warren");
    }

    /**
     * tempo.co (14 and 15 September 2019): a description in lower case with its place or field after it, then a
     * comma and the person the entity stage found, is that person's; before, the speaker was the description.
     */
    @Test
    void aDescriptionWithItsPlaceLeadsToThePersonAfterTheComma() {
        String trader = "\"Enggak bisa jualan dalam kondisi seperti ini,\" kata seorang pedagang tas di lantai 2, Febriyan "
                + "ditemui Tempo pada Sabtu, 14 September 2019.";
        assertThat(Found.quotes(trader, Entities.in(trader).per("Febriyan").org("Tempo").list()))
                .extracting(Quote::speaker).containsExactly("Febriyan");
        String internist = "\u201cPaparan kabut asap dapat menyebabkan gangguan saluran napas,\u201d kata dokter spesialis "
                + "penyakit dalam, Yeny Tanoyo, kepada SehatQ.";
        assertThat(Found.quotes(internist, Entities.in(internist).per("Yeny Tanoyo").org("SehatQ").list()))
                .extracting(Quote::speaker).containsExactly("Yeny Tanoyo");
    }
}
