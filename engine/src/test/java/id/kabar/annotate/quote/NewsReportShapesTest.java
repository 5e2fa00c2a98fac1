package id.kabar.annotate.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.kabar.model.Quote;
import id.kabar.model.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shapes of reported speech in CLICK-ID articles (10-16 September 2019) that the finders must read. */
class NewsReportShapesTest {

    /** Kompas.com: the department's long name joins two nouns with "dan"; its head is the named person after it. */
    @Test
    void aDepartmentNameWithDanStillLeadsToItsHead() {
        String body = "\"Terdapat tiga korban jiwa dan langsung dilarikan ke RSUD Ciawi,\" kata Kepala Departemen "
                + "Komunikasi dan Pemasaran Jasa Marga Irra Susiyanti melalui pesan singkat di Jakarta.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).org("Jasa Marga").per("Irra Susiyanti")
                .loc("Jakarta").list());
        assertThat(quotes).extracting(Quote::text, Quote::speaker)
                .containsExactly(tuple("Terdapat tiga korban jiwa dan langsung dilarikan ke RSUD Ciawi", "Irra Susiyanti"));
    }

    /** okezone.com: an English job title and company, then the person after a comma. */
    @Test
    void anEnglishJobTitleLeadsToThePersonAfterIt() {
        String body = "\"Terkait adanya video kecelakaan di jagorawi yang beredar, kami informasikan bahwa telah terjadi "
                + "kecelakaan tunggal,\" kata Marketing and Communication Department Head PT Jasa Marga (Persero) Tbk "
                + "Regional JabodetabekJabar, Irra Susiyanti, Jakarta, Minggu (15/9/2019).";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).org("PT Jasa Marga").per("Irra Susiyanti")
                .loc("Jakarta").list());
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Irra Susiyanti");
    }

    /** okezone.com: an admission whose clause has no subject of its own. */
    @Test
    void mengakuTelahReportsTheSpeakersOwnAct() {
        String body = "Kepala Dinas Perhubungan DKI Jakarta, Syafrin Liputo mengaku telah melakukan sosialisasi secara "
                + "maksimal dan masif semenjak masa uji coba lalu.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).org("Dinas Perhubungan DKI Jakarta")
                .per("Syafrin Liputo").list());
        assertThat(quotes).extracting(Quote::text, Quote::speaker).containsExactly(tuple(
                "telah melakukan sosialisasi secara maksimal dan masif semenjak masa uji coba lalu", "Syafrin Liputo"));
    }

    /**
     * kompas.com: a person admitting themself ready tells of their own intent, a clause with no subject of its own; a
     * country ready to help (okezone.com) and readiness stated with {@code menyatakan} (tempo.co) announce a stance.
     */
    @Test
    void mengakuSiapByAPersonReportsTheirIntent() {
        String body = "Ketua DPRD Kota Jayapura Abisai Rollo mengaku siap menyumbangkan tanahnya seluas 10 hektar untuk "
                + "dibangun Istana Presiden di Jayapura.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).org("DPRD Kota Jayapura").per("Abisai Rollo")
                .loc("Jayapura").list());
        assertThat(quotes).extracting(Quote::speaker, Quote::cue).containsExactly(tuple("Abisai Rollo", "mengaku"));
        assertThat(quotes.get(0).text()).startsWith("siap menyumbangkan tanahnya");
        String country = "Malaysia menyatakan siap untuk membantu Indonesia memadamkan kebakaran hebat yang melanda hutan "
                + "di Sumatera dan Kalimantan untuk mengurangi kabut asap tebal yang menyelimuti kawasan.";
        assertThat(Found.quotes(country, Entities.in(country).loc("Malaysia").loc("Indonesia").loc("Sumatera")
                .loc("Kalimantan").list())).isEmpty();
        String stance = "Mereka mempersoalkan Jokowi yang tak mengajak para pemimpin KPK berembuk sebelum Jokowi menyatakan "
                + "siap membahas revisi UU KPK bersama DPR.";
        assertThat(Found.quotes(stance, Entities.in(stance).per("Jokowi").org("KPK").org("DPR").list()))
                .extracting(Quote::text).noneMatch(text -> text.startsWith("siap"));
    }

    /**
     * IndoSum (Persela's match for Choirul Huda, November 2017): a feeling admitted is what the person said of
     * themselves, though its complement ("terhadap Persela") makes it no clause of its own; after {@code menyatakan}
     * a feeling with its complement is still the verb's object.
     */
    @Test
    void mengakuKagumByAPersonReportsTheirFeeling() {
        String body = "Sementara itu, chief marketing officer GO - JEK Indonesia, Piotr Jakubowski mengaku kagum dengan "
                + "dedikasi Huda terhadap Persela.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).org("GO - JEK Indonesia").per("Piotr Jakubowski")
                .per("Huda").org("Persela").list());
        assertThat(quotes).extracting(Quote::speaker, Quote::text)
                .containsExactly(tuple("Piotr Jakubowski", "kagum dengan dedikasi Huda terhadap Persela"));
        String stated = "Piotr Jakubowski menyatakan kagum dengan dedikasi Huda terhadap Persela.";
        assertThat(Found.quotes(stated, Entities.in(stated).per("Piotr Jakubowski").per("Huda").org("Persela").list()))
                .isEmpty();
    }

    /**
     * IndoSum (CNN Indonesia, December 2017): leaking with a comma after it lets out what was said; leaking a thing
     * is no report.
     */
    @Test
    void membocorkanWithACommaReportsTheClause() {
        String body = "Grup band Mocca tergerak melihat kurangnya lagu anak-anak. Pelantun hit I Remember itu "
                + "membocorkan, proyek mereka akan ada hubungannya dengan anak-anak.";
        assertThat(Found.quotes(body, Entities.in(body).org("Mocca").list())).extracting(Quote::text, Quote::cue)
                .containsExactly(tuple("proyek mereka akan ada hubungannya dengan anak-anak", "membocorkan"));
        String thing = "Pegawai itu membocorkan dokumen rahasia perusahaan kepada wartawan.";
        assertThat(Found.quotes(thing)).isEmpty();
    }

    /** sindonews.com: a denial by a person, its clause without a subject. */
    @Test
    void membantahTelahByAPersonIsADenial() {
        String body = "Perdana Menteri Inggris Boris Johnson membantah telah berbohong kepada Ratu Elizabeth mengenai saran "
                + "yang diberikan kepadanya atas pembekuan Parlemen.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Boris Johnson").loc("Inggris")
                .per("Ratu Elizabeth").list());
        assertThat(quotes).extracting(Quote::speaker, Quote::cue).containsExactly(tuple("Boris Johnson", "membantah"));
        assertThat(quotes.get(0).text()).startsWith("telah berbohong kepada Ratu Elizabeth");
    }

    /** Kompas.com: "menyebut tidak ada" reports a claim of absence. */
    @Test
    void menyebutTidakAdaReportsAClaim() {
        String body = "Pompeo menyebut tidak ada bukti serangan itu datang dari Yaman, seperti yang diklaim oleh kelompok "
                + "Houthi.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Mike Pompeo", "Pompeo").loc("Yaman")
                .org("Houthi").list());
        assertThat(quotes).extracting(Quote::speaker, Quote::cue).containsExactly(tuple("Mike Pompeo", "menyebut"));
        assertThat(quotes.get(0).text()).startsWith("tidak ada bukti serangan itu datang dari Yaman");
    }

    /** okezone.com: memastikan with its clause right after it, no bahwa. */
    @Test
    void memastikanWithAClauseNeedsNoBahwa() {
        String body = "Anggota Komisi III DPR RI, Masinton Pasaribu memastikan lembaganya akan tetap memperkuat KPK "
                + "melalui revisi Undang-Undang nomor 30 tahun 2002 tentang KPK.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).org("Komisi III DPR RI").per("Masinton Pasaribu")
                .org("KPK").list());
        assertThat(quotes).extracting(Quote::text, Quote::speaker).containsExactly(tuple(
                "lembaganya akan tetap memperkuat KPK melalui revisi Undang-Undang nomor 30 tahun 2002 tentang KPK",
                "Masinton Pasaribu"));
    }

    /** Kompas.com: menyampaikan with its clause right after it, no bahwa; conveying thanks is no report. */
    @Test
    void menyampaikanReportsAClauseButNotAnObject() {
        String clause = "Dalam permohonan PK, penasihat hukum Novanto, Maqdir Ismail menyampaikan ada 5 bukti baru atau "
                + "novum yang menjadi salah satu pertimbangan Novanto mengajukan PK.";
        assertThat(Found.quotes(clause, Entities.in(clause).per("Setya Novanto", "Novanto").per("Maqdir Ismail").list()))
                .extracting(Quote::speaker, Quote::cue).containsExactly(tuple("Maqdir Ismail", "menyampaikan"));
        String object = "Masih dalam kesempatan yang sama, Murad Ismail menyampaikan apresiasi atas peran aktif Bea Cukai "
                + "dalam bersinergi dengan pemerintah daerah guna membangun perekonomian daerah Maluku.";
        assertThat(Found.quotes(object, Entities.in(object).per("Murad Ismail").org("Bea Cukai").loc("Maluku").list()))
                .isEmpty();
    }

    /** sindonews.com: a fronted passive of saying, the speaker right after it. */
    @Test
    void aFrontedPassiveNamesItsSpeakerAfterIt() {
        String body = "Dijelaskan Suhari, ada tahapan selanjutnya yang akan dilakukan partai terhadap para bakal calon "
                + "yang sudah mendaftar.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Suhari").list());
        assertThat(quotes).extracting(Quote::text, Quote::speaker).containsExactly(tuple(
                "ada tahapan selanjutnya yang akan dilakukan partai terhadap para bakal calon yang sudah mendaftar",
                "Suhari"));
    }

    /**
     * CLICK-ID, September 2019: "Ditambahkan" and "Dilanjutkan" opening a sentence name the speaker after them as
     * "Dijelaskan" does; inside a sentence they tell of a thing added or carried on, with no speaker.
     */
    @Test
    void addedAndCarriedOnOpeningASentenceNameTheirSpeaker() {
        String added = "Ditambahkan Charles, salah satu keputusan politik terbesar Habibie dalam proses demokrasi yakni "
                + "mengeluarkan Undang-Undang Pers.";
        assertThat(Found.quotes(added, Entities.in(added).per("Charles").per("Habibie").list()))
                .extracting(Quote::speaker, Quote::cue).containsExactly(tuple("Charles", "ditambahkan"));
        String carriedOn = "Dilanjutkan Tomi, pihaknya masih mengurus masalah administrasi untuk pengunduran dirinya "
                + "sebagai PNS.";
        assertThat(Found.quotes(carriedOn, Entities.in(carriedOn).per("Tomi").list()))
                .extracting(Quote::text, Quote::speaker).containsExactly(tuple(
                        "pihaknya masih mengurus masalah administrasi untuk pengunduran dirinya sebagai PNS", "Tomi"));
        String hearing = "Sidang yang dipimpin hakim Tomi dilanjutkan Senin depan dengan agenda pemeriksaan saksi.";
        assertThat(Found.quotes(hearing, Entities.in(hearing).per("Tomi").list())).isEmpty();
    }

    /** CLICK-ID, September 2019: "Dikatakannya," opening a sentence carries its speaker as "katanya" does. */
    @Test
    void aFrontedPassiveWithNyaPointsBackToTheSpeaker() {
        String body = "Ketua APHI Indroyono Soesilo berbicara di Jakarta. Dikatakannya, APHI dalam waktu dekat akan "
                + "menerbitkan Roadmap Pembangunan Hutan Produksi.";
        assertThat(Found.quotes(body, Entities.in(body).per("Indroyono Soesilo").org("APHI").loc("Jakarta").list()))
                .extracting(Quote::text, Quote::speaker, Quote::cue).containsExactly(tuple(
                        "APHI dalam waktu dekat akan menerbitkan Roadmap Pembangunan Hutan Produksi",
                        "Indroyono Soesilo", "dikatakan"));
    }

    /**
     * Tempo and IndoSum: after "mengaku" an adverb of degree or continuance opens the speaker's own state or act, no
     * subject of its own; after "menyatakan" such a clause is a stance announced, no words reported.
     */
    @Test
    void aSelfReportMayOpenWithAnAdverbOfTheSpeakersOwnState() {
        String still = "Jokowi mengaku masih menerima banyak keluhan dari para investor yang terkendala dengan regulasi "
                + "dan perizinan berinvestasi.";
        assertThat(Found.quotes(still, Entities.in(still).per("Jokowi").list()))
                .extracting(Quote::text, Quote::speaker).containsExactly(tuple(
                        "masih menerima banyak keluhan dari para investor yang terkendala dengan regulasi dan perizinan "
                                + "berinvestasi", "Jokowi"));
        String proud = "Tutut mengaku sangat bangga dengan pekerjaan sebagai polisi terutama bisa menekan praktik "
                + "percaloan.";
        assertThat(Found.quotes(proud, Entities.in(proud).per("Tutut").list()))
                .extracting(Quote::speaker).containsExactly("Tutut");
        String stance = "Partai Golkar menyatakan sangat mendukung pemerintahan Presiden Joko Widodo.";
        assertThat(Found.quotes(stance, Entities.in(stance).org("Partai Golkar").per("Joko Widodo").list())).isEmpty();
    }

    /** Kompas.com: "merinci," announces the details as a comma after any verb of saying does. */
    @Test
    void merinciWithACommaReportsTheDetails() {
        String body = "Susi Pudjiastuti berbicara di Jakarta. Dia merinci, sebelum pemerintahan Presiden Jokowi, PNBP KKP "
                + "hanya sekitar Rp 300 miliar.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Susi Pudjiastuti").per("Jokowi")
                .loc("Jakarta").org("KKP").list());
        assertThat(quotes).extracting(Quote::text, Quote::speaker, Quote::cue).containsExactly(tuple(
                "sebelum pemerintahan Presiden Jokowi, PNBP KKP hanya sekitar Rp 300 miliar", "Susi Pudjiastuti",
                "merinci"));
    }

    /** okezone.com: "membeberkan," reports; "membeberkan bukti" (tribunnews.com) is showing a thing, no report. */
    @Test
    void membeberkanReportsOnlyWhatFollowsAComma() {
        String told = "Argo membeberkan, dalam penangkapan para pelaku ditangkap di sejumlah wilayah di Jakarta.";
        assertThat(Found.quotes(told, Entities.in(told).per("Argo Yuwono", "Argo").loc("Jakarta").list()))
                .extracting(Quote::speaker, Quote::cue).containsExactly(tuple("Argo Yuwono", "membeberkan"));
        String shown = "Barbie Kumalasari mengaku akan membeberkan bukti tersebut saat berkolaborasi lagi bersama Galih.";
        assertThat(Found.quotes(shown, Entities.in(shown).per("Barbie Kumalasari").per("Galih").list()))
                .extracting(Quote::cue).doesNotContain("membeberkan");
    }

    /** tempo.co: an appeal is reported speech, its clause the people appealed to and what they should do. */
    @Test
    void mengimbauReportsTheAppeal() {
        String body = "Pratikno mengimbau semua lapisan masyarakat, pimpinan lembaga negara dan pemerintahan untuk "
                + "mengibarkan bendera setengah tiang selama masa berkabung.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Pratikno").list());
        assertThat(quotes).extracting(Quote::text, Quote::speaker).containsExactly(tuple("semua lapisan masyarakat, "
                + "pimpinan lembaga negara dan pemerintahan untuk mengibarkan bendera setengah tiang selama masa berkabung",
                "Pratikno"));
    }

    /**
     * tempo.co: a stripped link leaves ".," where sentences end, so one run of text holds quotes; an indirect
     * report never reaches back into a direct quote nor on over the next one.
     */
    @Test
    void anIndirectReportStaysOutOfDirectQuotes() {
        String body = "Hal itu setelah mengalami pecah ban belakang., \"Pecah ban belakang sebelah kanan berdasarkan "
                + "keterangan saksi. Akibat dari pecah ban tersebut pengemudi tidak bisa mengendalikan kendaraan, "
                + "sehingga mobil terguling-guling sejauh 50 meter,\" ujarnya kepada di Bogor, Ahad, 15 September 2019., "
                + "Menurutnya, mobil bernomor polisi F 1196 FH itu mengalami kecelakaan ketika melaju dari arah Bogor "
                + "menuju Jakarta., \"Kami melakukan olah TKP untuk mengetahui lebih detil penyebabnya,\" kata Fadli.";
        List<Quote> quotes = Found.quotes("Kasat Lantas Polres Bogor AKP M Fadli Amri menjelaskan kejadian itu. " + body,
                Entities.in("Kasat Lantas Polres Bogor AKP M Fadli Amri menjelaskan kejadian itu. " + body)
                        .per("M Fadli Amri", "Fadli").loc("Bogor").loc("Jakarta").list());
        for (Quote q : quotes) {
            if (q.kind() == QuoteKind.INDIRECT) {
                assertThat(q.text()).doesNotContain("\"").doesNotContain("Kami melakukan");
            }
        }
        assertThat(quotes).extracting(Quote::text).contains("Kami melakukan olah TKP untuk mengetahui lebih detil "
                + "penyebabnya");
    }

    /** okezone.com, 10 September 2019: a traffic unit's head written as one word leads to the holder after the comma. */
    @Test
    void kasatlantasIsATitleLeadingToItsHolder() {
        String body = "\"Untuk memastikan penyebab kecelakaan kami masih terus melakukan penyelidikan,\" tutur Kasatlantas "
                + "Polres Nganjuk, AKP Hegy Renanta.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).org("Nganjuk").per("Hegy Renanta").list());
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Hegy Renanta");
    }

    /** Kompas.com, September 2019: the title's body set off by commas of its own before the holder. */
    @Test
    void aBodyBetweenCommasAfterATitleGoesOnToTheHolder() {
        String body = "Namun, menurut Kepala Biro Komunikasi dan Layanan Informasi, Kemenkeu, Nufransa Wira Sakti, angka "
                + "kenaikan iuran BPJS Kesehatan itu harusnya lebih tinggi.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).org("Kemenkeu").per("Nufransa Wira Sakti")
                .org("BPJS Kesehatan").list());
        assertThat(quotes).extracting(Quote::kind, Quote::speaker, Quote::text).containsExactly(tuple(QuoteKind.INDIRECT,
                "Nufransa Wira Sakti", "angka kenaikan iuran BPJS Kesehatan itu harusnya lebih tinggi"));
    }

    /** tribunnews.com, September 2019: a victim named by initials is not whom the pronoun after the officer means. */
    @Test
    void aPersonNamedByInitialsIsNoPronounsReferent() {
        String body = "Seorang wanita berinisial HS (52) ditemukan tewas tergantung di plafon kamar tidur rumahnya di "
                + "kawasan ,, ,, Kota ,.\n\nSaat ditemukan, korban masih mengenakan daster bercorak ungu muda."
                + "\n\nHS pertama kali ditemukan tergantung oleh putrinya pada Minggu (8/9/2019)."
                + "\n\nHal itu dibenarkan oleh Kapolsek ,, Kompol Iskandar."
                + "\n\nIa mengatakan, jasad korban ditemukan pertama kali oleh anak korban bernama Safitri (16).";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("HS").per("Iskandar").per("Safitri").list());
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Iskandar");
        // a listed person known by initials still is: "SBY tiba di Puri Cikeas. Ia mengatakan, ..."
        String listed = "SBY tiba di rumah duka pagi tadi.\n\nIa mengatakan, bangsa ini kehilangan seorang negarawan.";
        assertThat(Found.quotes(listed, Entities.in(listed).per("SBY").list())).extracting(Quote::speaker)
                .containsExactly("SBY");
    }

    /** IndoSum (pos kota): "Pria beristrikan Ny X" is the man the text is about; the name after the tie is his wife. */
    @Test
    void aManDescribedByHisWifesNameIsTheOneTheTextIsAbout() {
        String body = "\"Lebih baik bertanya langsung dari pada bertanya pada orang yang tidak dikenal,\" ujar Tutut."
                + "\n\nPria beristrikan Ny Mestafuljana, mengaku sangat bangga dengan pekerjaan sebagai polisi terutama "
                + "bisa menekan praktik percaloan.";
        assertThat(Found.quotes(body, Entities.in(body).per("Tutut").per("Mestafuljana").list()))
                .extracting(Quote::speaker).containsExactly("Tutut", "Tutut");
    }

    /** tribunnews.com: menurutnya with a letter dropped still reports its clause, by the analyst named before. */
    @Test
    void menurutnyaWithALetterDroppedStillReports() {
        String body = "Analis PT Indosurya Bersinar Sekuritas, William Suryawijaya, mengatakan IHSG masih berpotensi menguat. "
                + "Menurutya, penguatan masih ditopang oleh kondisi fundamental perekonomian domestik yang masih cukup kuat.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).org("PT Indosurya Bersinar Sekuritas")
                .per("William Suryawijaya").list());
        assertThat(quotes).extracting(Quote::text, Quote::speaker).contains(tuple(
                "penguatan masih ditopang oleh kondisi fundamental perekonomian domestik yang masih cukup kuat",
                "William Suryawijaya"));
    }

    /** kompas.com (10/9/2019): {@code Menurut} with its last letter dropped still names the source after it. */
    @Test
    void menurutWithALetterDroppedStillReports() {
        String body = "Sri Sumarni mendatangi kediaman Ahmad Dhani. "
                + "Menuru Sri, Dhani selama ini amanah dan tidak pernah lalai menunaikan santunan kepada dia dan juga "
                + "keluarga korban lainnya.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Sri Sumarni", "Sri").per("Ahmad Dhani", "Dhani")
                .list());
        assertThat(quotes).extracting(Quote::text, Quote::speaker).contains(tuple(
                "Dhani selama ini amanah dan tidak pernah lalai menunaikan santunan kepada dia dan juga keluarga korban "
                        + "lainnya", "Sri Sumarni"));
    }

    /** tribunnews.com: a person tells of her own act, the clause opening with its verb. */
    @Test
    void mengakuBeforeAnActiveVerbReportsTheSpeakersOwnAct() {
        String body = "Bibi mengaku mendapat nomor telepon Kades BS dari seorang temannya.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Bibi").per("Kades BS").list());
        assertThat(quotes).extracting(Quote::text, Quote::speaker)
                .containsExactly(tuple("mendapat nomor telepon Kades BS dari seorang temannya", "Bibi"));
    }

    /**
     * tempo.co, kompas.com: a passive verb after mengaku tells what was done to the speaker, and a verb after
     * menyatakan a stance announced: neither is a report.
     */
    @Test
    void onlyAnActiveVerbAfterAVerbOfOwnActsOpensAReport() {
        String passive = "Teguh, seorang pedagang plat nomor palsu mengaku diuntungkan dengan penerapan perluasan ganjil genap.";
        assertThat(Found.quotes(passive, Entities.in(passive).per("Teguh").list())).isEmpty();
        String stance = "Rektor UGM, Panut Mulyono menyatakan menolak revisi UU KPK dengan menandatangani penolakan.";
        assertThat(Found.quotes(stance, Entities.in(stance).org("UGM").per("Panut Mulyono").list())).isEmpty();
    }

    /** okezone.com, tempo.co: a noun or a pronoun beginning as an active verb does opens no act of the speaker's. */
    @Test
    void aWordBeginningAsAVerbDoesIsNoActOfTheSpeakers() {
        String noun = "Rizky pun mengaku metodologi yang digunakan akan bisa diakses masyarakat.";
        assertThat(Found.quotes(noun, Entities.in(noun).per("Rizky").list())).isEmpty();
        String pronoun = "Bahkan, ia dan suaminya, James Conran, mengaku mereka memiliki agen model bernama Nomad.";
        assertThat(Found.quotes(pronoun, Entities.in(pronoun).per("James Conran").list())).isEmpty();
    }

    /** sindonews.com: a compound verb of saying written as two words still reports the clause after its comma. */
    @Test
    void aCompoundVerbWrittenApartStillReports() {
        String body = "Hari menggaris bawahi, sejatinya pihak penyedia mendapatkan keuntungan berlimpah dari tidak adanya "
                + "izin tersebut.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Hari").list());
        assertThat(quotes).extracting(Quote::text, Quote::speaker).containsExactly(tuple(
                "sejatinya pihak penyedia mendapatkan keuntungan berlimpah dari tidak adanya izin tersebut", "Hari"));
    }

    /**
     * kompas.com, tempo.co (September 2019): not denying (tak menampik) admits a clause with its own subject, or a
     * person's own act, without bahwa too; a feeling admitted (rasa bahagianya atas ...) is no clause.
     */
    @Test
    void aDenialNegatedReportsAClauseWithoutBahwa() {
        String clause = "Pada kesempatan sama, Technical Service Division AHM Endro Sutarno juga tak menampik hal tersebut "
                + "dapat dilakukan.";
        assertThat(Found.quotes(clause, Entities.in(clause).org("AHM").per("Endro Sutarno").list()))
                .extracting(Quote::text, Quote::speaker, Quote::cue)
                .containsExactly(tuple("hal tersebut dapat dilakukan", "Endro Sutarno", "menampik"));
        String act = "Sapto juga mengatakan, sejak memakai Calya pada 2016, dia belum menemukan masalah berarti yang sampai "
                + "menghambat mobilitasnya.\n\nMeski begitu, dia tak menampik melakukan beberapa ubahan agar lebih "
                + "fungsional.";
        assertThat(Found.quotes(act, Entities.in(act).per("Sapto Prayitno", "Sapto").list()))
                .extracting(Quote::text, Quote::speaker).contains(
                        tuple("melakukan beberapa ubahan agar lebih fungsional", "Sapto Prayitno"));
        String feeling = "Meski memiliki pekerjaan rumah tetapi Rossi tak menampik rasa bahgianya atas hasil positif di "
                + "hari pertama MotoGP San Marino 2019.";
        assertThat(Found.quotes(feeling, Entities.in(feeling).per("Rossi").list())).isEmpty();
    }

    /** okezone.com: after a fronted passive, jika closes the speaker phrase as bahwa does. */
    @Test
    void aFrontedPassiveSpeakerEndsAtJika() {
        String body = "Dikatakan Roland jika YS dan RM sebelum melakukan aksi penusukan terhadap Muhammad Rozien, mereka "
                + "menenggak sekitar 20 butir obat keras.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Roland Ronaldy", "Roland")
                .per("Muhammad Rozien").list());
        assertThat(quotes).extracting(Quote::text, Quote::speaker, Quote::cue).containsExactly(tuple(
                "YS dan RM sebelum melakukan aksi penusukan terhadap Muhammad Rozien, mereka menenggak sekitar 20 butir "
                        + "obat keras", "Roland Ronaldy", "dikatakan"));
    }

    /**
     * okezone.com, tempo.co: a name set off by commas after an English title or a body is the speaker, and the clause
     * opens after it; a name followed by its own verb is the clause's subject (sindonews.com).
     */
    @Test
    void aNameSetApartAfterATitleOrABodyIsTheSpeaker() {
        String menurut = "Menurut Training Director Jakarta Defensive Driving Center (JDDC), Jusri Pulubuhu, sangat penting "
                + "mengecek kembali lampu kendaraan.";
        assertThat(Found.quotes(menurut, Entities.in(menurut).loc("Jakarta").org("Defensive Driving Center")
                .org("JDDC").per("Jusri Pulubuhu").list()))
                .extracting(Quote::text, Quote::speaker)
                .containsExactly(tuple("sangat penting mengecek kembali lampu kendaraan", "Jusri Pulubuhu"));
        String passive = "Disampaikan Deputy Product Division Head PT Sokonindo Automobile, Ricky Humisar, tidak mudah untuk "
                + "sekedar memperkirakan harga DFSK E3.";
        assertThat(Found.quotes(passive, Entities.in(passive).org("PT Sokonindo Automobile").per("Ricky Humisar").list()))
                .extracting(Quote::text, Quote::speaker)
                .containsExactly(tuple("tidak mudah untuk sekedar memperkirakan harga DFSK E3", "Ricky Humisar"));
        String subject = "Menurut sebuah penelitian yang diterbitkan dalam Psychological Bulletin, R Matthew Montoya, "
                + "menemukan bahwa perilaku seperti tersenyum, dan mempertahankan kontak mata adalah tanda dia jatuh "
                + "denganmu.";
        assertThat(Found.quotes(subject, Entities.in(subject).org("Psychological Bulletin").per("R Matthew Montoya")
                .list())).extracting(Quote::speaker).doesNotContain("R Matthew Montoya");
    }

    /**
     * okezone.com: the side of a body (pihak sekolah) is people speaking for it, who tell of their own acts in words;
     * a body itself admitting having done something is an act reported (tempo.co).
     */
    @Test
    void aBodysSideTellsOfItsOwnActsAsPeopleDo() {
        String side = "Pihak sekolah juga mengaku telah menggelar mediasi antara keluarga korban dengan pelaku, untuk "
                + "menyelesaikan permasalahan lewat jalur damai.";
        assertThat(Found.quotes(side, Entities.in(side).list()))
                .extracting(Quote::speaker, Quote::cue).containsExactly(tuple("Pihak sekolah", "mengaku"));
        String body = "Selain itu, PLN juga mengaku telah menghubungi pihak manufaktur untuk melakukan komunikasi mengenai "
                + "skema pertahanan sistem kelistrikan.";
        assertThat(Found.quotes(body, Entities.in(body).org("PLN").list())).isEmpty();
    }

    /**
     * okezone.com: a fronted passive's agent after "pula oleh" ends with its name, the clause following with no
     * comma; sindonews.com: the agent as -nya ("Ditegaskan olehnya") is the person last speaking.
     */
    @Test
    void aFrontedPassiveNamesItsAgentAfterOleh() {
        String named = "Dijelaskan pula oleh Menko Polhukam Wiranto banyak lokasi karhutla yang sulit dijangkau, oleh "
                + "karenanya Pemerintah sudah menyiapkan 42 helikopter untuk melakukan bom air pada lokasi karhutla yang "
                + "sulit dijangkau.";
        List<Quote> quotes = Found.quotes(named, Entities.in(named).per("Wiranto").list());
        assertThat(quotes).extracting(Quote::speaker, Quote::cue).containsExactly(tuple("Wiranto", "dijelaskan"));
        assertThat(quotes.get(0).text()).startsWith("banyak lokasi karhutla yang sulit dijangkau");
        String pronoun = "\"Solusi kami digunakan untuk membantu sub-sub kontraktor tersebut untuk menyelesaikan target kerja "
                + "yang diberikan pemerintah. Sinerginya di situ,\" ujar Rozy.\n\nDitegaskan olehnya, semua kembali kepada "
                + "sinergi mutualisme yang saling mendukung.";
        assertThat(Found.quotes(pronoun, Entities.in(pronoun).per("Rozy Andrianto", "Rozy").list()))
                .extracting(Quote::text, Quote::speaker).contains(
                        tuple("semua kembali kepada sinergi mutualisme yang saling mendukung", "Rozy Andrianto"));
    }

    /**
     * sindonews.com: a relative clause right after the sentence's subject, running up to the verb, describes that
     * subject; okezone.com: a noun the clause tells of ("prosedur yang isinya memastikan") is no speaker (tempo.co).
     */
    @Test
    void aRelativeClauseAfterTheSubjectRunsUpToTheVerb() {
        String body = "Nawawi Pomolango menjadi calon pimpinan (Capim) Komisi Pemberantasan Korupsi (KPK) yang pertama "
                + "menjalani uji kelayakan dan kepatutan ( t) di Komisi III DPR, hari ini. Nawawi yang berasal dari unsur "
                + "hakim karir itu mengaku telah membuat makalah pada Senin 9 September 2019 di Komisi III DPR.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Nawawi Pomolango", "Nawawi")
                .org("Komisi Pemberantasan Korupsi").org("KPK").org("Komisi III DPR").list());
        assertThat(quotes).extracting(Quote::text, Quote::speaker).containsExactly(tuple(
                "telah membuat makalah pada Senin 9 September 2019 di Komisi III DPR", "Nawawi Pomolango"));
        String told = "Maskapai Concord setelah peristiwa ini mengeluarkan prosedur yang isinya memastikan cangkir diberi "
                + "penutup untuk semua rute penerbangan.";
        assertThat(Found.quotes(told, Entities.in(told).org("Maskapai Concord").list())).isEmpty();
    }

    /** okezone.com: "sang" marks someone the text already named, whatever noun it heads ("Sang pedangdut"). */
    @Test
    void sangPointsBackToThePersonNamedBefore() {
        String body = "Menanggapi pernyataan sang suami, Siti Badriah pun membenarkan aksinya tersebut.\n\nSang pedangdut "
                + "tak memungkiri, dia dan sang suami mulai ‘diteror’ pertanyaan seputar momongan oleh orang-orang "
                + "terdekat mereka.";
        assertThat(Found.quotes(body, Entities.in(body).per("Siti Badriah").list()))
                .extracting(Quote::speaker, Quote::cue).containsExactly(tuple("Siti Badriah", "memungkiri"));
    }

    /** sindonews.com: a description pointing back whose clause names the office the person once held. */
    @Test
    void aDescriptionPointingBackIsNotTheOfficeItsClauseNames() {
        String body = "Hal itu disampaikan Wakil Ketua MPR Hidayat Nur Wahid (HNW) saat sosialisasi 4 Pilar MPR RI di Kota "
                + "Makassar. Menurut HNW, kegiatan ini untuk melakukan sosialisasi Pancasila, UUD NRI Tahun 1945, NKRI, dan "
                + "Bhinneka Tunggal Ika. Metode yang digunakan di antaranya , lomba cerdas cermat, seni budaya, , bela negara, dan , "
                + "Sosialisasi yang dilakukan oleh MPR, menurut alumni Pondok Modern Gontor ini sudah dilakukan sejak "
                + "dirinya menjadi Ketua MPR Periode 2004-2009. \u201cWaktu itu namanya sosialisasi Putusan MPR,\u201d "
                + "ungkapnya.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).org("MPR RI", "MPR").per("Hidayat Nur Wahid")
                .org("HNW").loc("Makassar").org("Pondok Modern Gontor").list());
        assertThat(quotes).extracting(Quote::speaker).isNotEmpty().doesNotContain("Periode").containsOnly("HNW");
    }

    /** okezone.com: a name, then after a comma the title of its holder, as the subject of the verb. */
    @Test
    void aNameBeforeItsTitleIsTheSubject() {
        String body = "Agus Wibowo, Pelaksana Tugas (Plt) Kepala Pusat Data Informasi dan Humas mengatakan, mereka harus "
                + "dievakuasi ke tempat pengungsian yang berada di Gereja Masehi Injil Sangihe Talaud (GMIST) setelah "
                + "Gunung Karangetang erupsi pada Kamis 12 September pukul 09.49 WITA.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Agus Wibowo")
                .org("Gereja Masehi Injil Sangihe Talaud").loc("Gunung Karangetang").list());
        assertThat(quotes).extracting(Quote::speaker, Quote::cue).containsExactly(tuple("Agus Wibowo", "mengatakan"));
    }

    /** okezone.com: a passive "dijelaskan oleh" with the explaining doctor named after her field. */
    @Test
    void dijelaskanOlehNamesTheExplainer() {
        String body = "Faktor risiko kedua adalah konsumsi obat. Dijelaskan oleh dokter spesialis kulit dan kelamin, dr "
                + "Susie Rendra, Sp.KK, obat-obat yang dikonsumsi orang tua memang bisa memperbaiki kesehatan. Tapi di "
                + "sisi lain, obat-obat itu juga memiliki efek yang buruk.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Susie Rendra").list());
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Susie Rendra");
        assertThat(quotes.get(0).text()).startsWith("obat-obat yang dikonsumsi orang tua memang bisa memperbaiki");
    }

    /** sindonews.com (13/9/2019): "ucap kementerian itu" is the ministry named before, not the last person. */
    @Test
    void aBodyClosedByItuIsTheOrganisationNamedBefore() {
        String body = "Sebelumnya, Rusia juga turut mengecam rencana Netanyahu untuk mencaplok Tepi Barat. Kementerian Luar "
                + "Negeri Rusia dalam sebuah pernyataan mengatakan, pihaknya telah mencatat apa yang dikatakannya sebagai "
                + "reaksi sangat negatif dunia Arab terhadap pengumuman Netanyahu.\n\n\"Kami berbagi keprihatinan tentang "
                + "rencana seperti itu dari kepemimpinan Israel,\" ucap kementerian itu.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).org("Kementerian Luar Negeri Rusia").loc("Rusia")
                .per("Benjamin Netanyahu", "Netanyahu").loc("Tepi Barat").loc("Israel").list());
        assertThat(quotes).extracting(Quote::kind, Quote::speaker).contains(
                tuple(QuoteKind.DIRECT, "Kementerian Luar Negeri Rusia"));
    }

    /** okezone.com (13/9/2019): "beranama", bernama with a letter slipped in, still gives the person's name. */
    @Test
    void aNameAfterBernamaMisspeltIsThePersonLaterPronounsMean() {
        String body = "\"Pihak maskapai menyatakan penerbangan saya ditunda karena asap,\" ucap Hari Sanjaya.\n\nKeluhan "
                + "juga datang dari penumpang beranama Aryanto. Dia menjelaskan, dirinya bersama istri dan dua anaknya "
                + "rencananya mau terbang ke Pontianak dengan menggunakan Lion Air.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Hari Sanjaya").per("Aryanto").loc("Pontianak")
                .org("Lion Air").list());
        assertThat(quotes).extracting(Quote::kind, Quote::speaker).containsExactly(
                tuple(QuoteKind.DIRECT, "Hari Sanjaya"), tuple(QuoteKind.INDIRECT, "Aryanto"));
    }

    /**
     * merdeka.com (IndoSum, 14 December 2016): a statement like the one before, its speaker brought in by a passive of
     * saying after "Hal senada"; the next pronoun and quote are that person's, not the one quoted before.
     */
    @Test
    void aSpeakerBroughtInByHalSenadaDiungkapkanIsWhomTheNextPronounMeans() {
        String body = "\"Pastilah kecewa mas, saya sudah antre dari pagi, tapi tetap saja tidak kebagian,\" ujar Rendi (35)"
                + " warga Gunung Putri, Kabupaten Bogor.\n\nHal senada diungkapkan Deny Setiawan (25) warga Ciawi,"
                + " Kabupaten Bogor. Ia mengaku kecewa proses penjualan tiket secara offline di Kabupaten Bogor jumlahnya"
                + " terbatas. \"Seharusnya yang dijual secara offline di sini lebih banyak lagi,\" ungkapnya.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Rendi").per("Deny Setiawan").loc("Gunung Putri")
                .loc("Kabupaten Bogor").loc("Ciawi").list());
        assertThat(quotes).extracting(Quote::kind, Quote::speaker).containsExactly(
                tuple(QuoteKind.DIRECT, "Rendi"), tuple(QuoteKind.INDIRECT, "Deny Setiawan"),
                tuple(QuoteKind.DIRECT, "Deny Setiawan"));
        // sindonews.com (16/9/2019): the speaker's title runs over a conjunction and a bracketed short form
        String titled = "\"Saya kira tidak berpengaruh besar,\" ujar Djoko Siswanto.\n\nHal senada juga dikatakan Kepala"
                + " Satuan Kerja Khusus Pelaksana Kegiatan Usaha Hulu Minyak dan Gas Bumi (SKK Migas) Dwi Soetjipto."
                + " \"Kalau impor kan sudah komitmen tertentu dan saya kira tidak ada masalah,\" tandas dia.";
        assertThat(Found.quotes(titled, Entities.in(titled).per("Djoko Siswanto").per("Dwi Soetjipto")
                .org("Satuan Kerja Khusus Pelaksana Kegiatan Usaha Hulu Minyak dan Gas Bumi").org("SKK Migas").list())).extracting(Quote::speaker).containsExactly("Djoko Siswanto", "Dwi Soetjipto");
    }

    /**
     * CNN Indonesia (IndoSum, 19 February 2018; 15 November 2016): a verb of saying after "seraya" or "sembari" is said
     * by the subject of the act before it, the speaker just quoted or the person the sentence before opens with.
     */
    @Test
    void aReportSaidWhileDoingTheActBeforeIsItsSubjects() {
        String body = "Kemudian, Levine hadir di acara The Ellen DeGeneres Show.\n\n\"Ini adalah seorang perempuan, ya kami"
                + " memiliki perempuan lagi,\" katanya kepada Ellen seraya menambahkan bahwa mereka berdua menginginkan"
                + " untuk memiliki keluarga besar di masa depan.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Levine").per("Ellen")
                .org("The Ellen DeGeneres Show").list());
        assertThat(quotes).extracting(Quote::kind, Quote::speaker, Quote::text).containsExactly(
                tuple(QuoteKind.DIRECT, "Levine", "Ini adalah seorang perempuan, ya kami memiliki perempuan lagi"),
                tuple(QuoteKind.INDIRECT, "Levine", "mereka berdua menginginkan untuk memiliki keluarga besar di masa depan"));
        String opening = "Sehari setelah pemilihan, Cyrus merilis video meratapi kekalahan Hillary Clinton. Sembari"
                + " menyampaikan, bahwa ia berpikir Clinton mestinya mendapat kesempatan sebagai presiden perempuan pertama.";
        assertThat(Found.quotes(opening, Entities.in(opening).per("Cyrus").per("Hillary Clinton", "Clinton").list()))
                .extracting(Quote::speaker, Quote::text).containsExactly(tuple("Cyrus",
                        "ia berpikir Clinton mestinya mendapat kesempatan sebagai presiden perempuan pertama"));
    }

    /** tribunnews.com (11/9/2019): an answer reported with no "bahwa" is what the speaker said. */
    @Test
    void menjawabReportsItsClauseWithoutBahwa() {
        String body = "Dikonfirmasi apakah , bisa diajak berkomunikasi? Anies menjawab tidak bisa namun beliau dalam "
                + "keadaan sadar.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Anies").list());
        assertThat(quotes).extracting(Quote::text, Quote::speaker).containsExactly(
                tuple("tidak bisa namun beliau dalam keadaan sadar", "Anies"));
    }

    /** sindonews.com (13/9/2019): "menyatakan" with a feeling as its object and its complement reports no clause. */
    @Test
    void menyatakanWithAnObjectAndItsComplementIsNoQuote() {
        String body = "Lima negara Eropa menyatakan keprihatinan mendalam mereka atas pernyataan Perdana Menteri, Israel "
                + "Benjamin Netanyahu mengenai Tepi Barat, Palestina.";
        assertThat(Found.quotes(body, Entities.in(body).loc("Eropa").loc("Israel").per("Benjamin Netanyahu")
                .loc("Tepi Barat").loc("Palestina").list())).isEmpty();
    }

    /** Suara.com (IndoSum, 2016): "saran Barbour" after a quote reports it, as "kata" does. */
    @Test
    void saranAfterAQuoteReportsIt() {
        String body = "Dari studi sebelumnya, kata para peneliti, juga telah ditemukan hubungan antara tingkat konsumsi "
                + "protein dari daging dan risiko kardiovaskular pada perempuan.\n\n\"Gagal jantung adalah hal yang "
                + "sangat lazim, terutama pada perempuan pasca - menopause,\" saran Barbour.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Barbour").list());

        assertThat(quotes).filteredOn(q -> q.text().startsWith("Gagal")).singleElement()
                .satisfies(q -> assertThat(q.speaker()).isEqualTo("Barbour"))
                .satisfies(q -> assertThat(q.cue()).isEqualTo("saran"));
    }
}
