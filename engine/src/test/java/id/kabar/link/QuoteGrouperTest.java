package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.EntityType;
import id.kabar.model.Quote;
import id.kabar.model.QuoteKind;
import id.kabar.model.QuoteGroup;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteGrouperTest {
    private final Vocabulary vocabulary = new Vocabulary();
    private final ArticleProfiler profiler = new ArticleProfiler(vocabulary);

    private List<QuoteGroup> group(List<ArticleProfile> articles) {
        return QuoteGrouper.group(articles, vocabulary::word);
    }

    private ArticleProfile.QuoteForm quote(String speaker, String text) {
        Quote q = new Quote(text, QuoteKind.DIRECT, speaker, EntityType.PER, "kata", 0, text.length());
        return new ArticleProfile.QuoteForm(q, SpeakerNames.key(speaker, List.of()), profiler.quoteStems(text));
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

    private ArticleProfile.QuoteForm quote(String speaker, QuoteKind kind, String text) {
        Quote q = new Quote(text, kind, speaker, speaker == null ? null : EntityType.PER, "kata", 0, text.length());
        return new ArticleProfile.QuoteForm(q, SpeakerNames.key(speaker, List.of()), profiler.quoteStems(text));
    }

    private static ArticleProfile article(int seq, String id, ArticleProfile.QuoteForm... quotes) {
        LocalDate day = LocalDate.of(2019, 9, 12);
        return new ArticleProfile(seq, id, null, day, null, List.of(), day, "", new int[0], new float[0],
                new int[0], new float[0], new int[0], List.of(quotes), List.of(), null, 0, null, 0, new int[0], new int[0],
                new int[0], HappeningKinds.NONE, new int[0], null, null, null, null);
    }

    @Test
    void aQuoteIsFoundByTheSameStemsWhateverWordsTheRunMetBefore() {
        // Simon McMenemy before Indonesia v Thailand (sindonews.com, 10 September 2019); a second run first met
        // the words of another article, so it numbers the quote's stems otherwise
        String text = "Kami berharap kami bisa mengulangi apa yang kami lakukan pada babak pertama";
        Vocabulary other = new Vocabulary();
        ArticleProfiler otherProfiler = new ArticleProfiler(other);
        otherProfiler.quoteStems("Pemain harus lebih hemat soal stamina saat lawan yang cerdik");
        var here = quote("Simon McMenemy", text);
        Quote q = here.quote();
        var there = new ArticleProfile.QuoteForm(q, here.speakerKey(), otherProfiler.quoteStems(text));
        assertThat(there.stems()).isNotEqualTo(here.stems());
        assertThat(QuoteGrouper.indexKeys(there, other::word)).isEqualTo(QuoteGrouper.indexKeys(here, vocabulary::word));
    }

    @Test
    void twoTranslationsOfMarquezAreOneStatement() {
        // sindonews.com and Kompas.com, 23 September 2019
        var sindonews = quote("Marc Marquez", "Saya keluar dari paddock pada kesempatan terakhir dan kalian bisa cek, "
                + "saya benar-benar sendirian. Kemudian seketika saya ada di belakang Rossi, tidak tahu sedang menunggu "
                + "atau mengendarainya lambat dan kemudian saya cuma di belakangnya");
        var kompas = quote("Marquez", "Saya keluar dari pit untuk yang terakhir, Anda bisa cek, saya benar-benar "
                + "sendirian. Lalu, ketika saya sampai di trek lurus, ada Valentino menunggu atau melaju sangat lambat, "
                + "dan saya pun berada di belakangnya");
        assertThat(QuoteGrouper.sameStatement(sindonews, kompas)).isTrue();
    }

    @Test
    void aDirectQuoteRetoldAsIndirectSpeechIsTheSameStatement() {
        // the South Halmahera earthquake: tempo.co quotes, Kompas.com retells (15 September 2019)
        var direct = quote("Daryono", QuoteKind.DIRECT, "Gempa dipastikan dipicu oleh aktivitas sesar aktif");
        var indirect = quote("Daryono", QuoteKind.INDIRECT,
                "Kepala Bidang Mitigasi Gempabumi dan , BMKG, gempa ini dipastikan dipicu oleh aktivitas sesar aktif");
        assertThat(QuoteGrouper.sameStatement(direct, indirect)).isTrue();
    }

    @Test
    void aPartOfTheQuoteIsTheSameStatement() {
        // Simon McMenemy before Indonesia v Thailand: Kompas.com cuts what sindonews.com quotes in full
        var full = quote("Simon McMenemy", "Kami berharap kami bisa mengulangi apa yang kami lakukan pada babak "
                + "pertama (saat lawan Malaysia), kami butuh lebih pintar, lebih waspada pada lawan yang cerdik, pemain "
                + "harus lebih hemat soal stamina");
        var part = quote("Simon McMenemy", "Kami berharap bisa mengulangi apa yang kami lakukan pada babak pertama "
                + "saat lawan Malaysia");
        assertThat(QuoteGrouper.sameStatement(full, part)).isTrue();
    }

    @Test
    void aQuoteWordForWordUnderNoSpeakerIsTheSameStatement() {
        // the president on the KPK bill: okezone.com names him, sindonews.com loses the attribution
        var named = quote("Joko Widodo", "Saya ingin melihat dulu DIM-nya. Jangan sampai ada pembatasan-pembatasan "
                + "yang tidak perlu. Sehingga independensi KPK menjadi terganggu. Intinya ke sana");
        var unnamed = quote(null, QuoteKind.DIRECT, "Jangan sampai ada pembatasan-pembatasan yang tidak perlu. "
                + "Sehingga independensi KPK menjadi terganggu. Intinya ke sana");
        assertThat(QuoteGrouper.sameStatement(named, unnamed)).isTrue();
    }

    private ArticleProfile.QuoteForm quote(String speaker, String role, String text) {
        ArticleProfile.QuoteForm q = quote(speaker, text);
        return new ArticleProfile.QuoteForm(q.quote(), q.speakerKey(), q.stems(), NameKeys.fold(role));
    }

    /** A quote put to a job title and no person, as the annotator gives it. */
    private ArticleProfile.QuoteForm titled(String title, QuoteKind kind, String text) {
        Quote q = new Quote(text, kind, title, EntityType.OTHER, "kata", 0, text.length());
        return new ArticleProfile.QuoteForm(q, SpeakerNames.key(title, List.of()), profiler.quoteStems(text));
    }

    @Test
    void aSpeakerNamedByATitleAloneIsThePersonTheArticlesNameWithIt() {
        // the minister on the rupiah, 13 September 2019: sindonews.com names him, okezone.com gives his title alone
        var sindonews = quote("Darmin Nasution", "menteri koordinator bidang perekonomian", "Arahnya memang begitu");
        var okezone = titled("Menteri Koordinator Bidang Perekonomian", QuoteKind.DIRECT,
                "Penguatan nilai tukar Rupiah itu memang arahnya begitu");
        assertThat(group(List.of(article(0, "sindonews", sindonews), article(1, "okezone", okezone))))
                .singleElement().satisfies(g -> {
                    assertThat(g.members()).hasSize(2);
                    assertThat(g.speaker()).isEqualTo("Darmin Nasution");
                });
    }

    @Test
    void aTitleTwoPeopleHoldNamesNeitherOfThem() {
        // "Menteri Koordinator" is Darmin Nasution's title and Luhut Binsar Pandjaitan's: an outlet that gives only
        // the title may mean either, so the minister's words on the rupiah (13 September 2019) are not put to one
        var darmin = quote("Darmin Nasution", "menteri koordinator", "Arahnya memang begitu");
        var luhut = quote("Luhut Binsar Pandjaitan", "menteri koordinator", "Kami akan bahas dulu dengan presiden");
        var untold = titled("Menteri Koordinator", QuoteKind.DIRECT, "Penguatan nilai tukar Rupiah itu memang arahnya begitu");
        assertThat(group(List.of(article(0, "sindonews", darmin), article(1, "tempo", luhut),
                article(2, "okezone", untold)))).isEmpty();
    }

    @Test
    void wordsPutToATitleMeetItsHoldersOnlyInTheirOrder() {
        // the KPK's spokesman, 16 September 2019: Kompas.com retells him under his title, sindonews.com quotes him by name
        var kompas = titled("Juru Bicara Komisi Pemberantasan Korupsi", QuoteKind.INDIRECT,
                "KPK akan tetap menjalankan tugas-tugasnya sebagaimana diatur dalam undang-undang");
        var sindonews = quote("Febri Diansyah", "juru bicara komisi pemberantasan korupsi", "Dengan pengisian ini kami "
                + "berharap, KPK lebih kuat dalam menjalankan tugas dan amanat Undang-Undang Nomor 30 Tahun 2002");
        var named = quote("Febri Diansyah", QuoteKind.INDIRECT, kompas.quote().text());
        assertThat(QuoteGrouper.sameStatement(named, sindonews)).as("said by one speaker").isTrue();
        assertThat(group(List.of(article(0, "kompas", kompas), article(1, "sindonews", sindonews))))
                .isEmpty();
    }

    @Test
    void aWordSpeltTwoWaysIsOneWord() {
        // Quartararo after Misano: sindonews.com (15 September 2019) and tempo.co (16 September 2019)
        var sindonews = quote("Fabio Quartararo", "Balapan yang sulit! Marc (Marquez) punya pengalaman di lap terakhir, "
                + "dua kali kali. Ini adalah pertarungan pertama dengan Marc dan ini adalah momen terbaik dalam karier saya "
                + "bertarung dengan juara dunia");
        var tempo = quote("Fabio Quartararo", "Ini bukan hanya momen terbaik di karirku, tapi di hidupku");
        assertThat(QuoteGrouper.sameStatement(sindonews, tempo)).isTrue();
    }

    /**
     * Mahfud MD in Kompas.com (13 September 2019) quoted in two sentences in a row; another outlet quotes both as one.
     * The shared guide: "A quote group holds the same statement as reported by different articles". The two sentences
     * are the parts of that one statement, so they are one group with the whole.
     */
    @Test
    void twoSentencesInARowThatALongerQuoteRunsTogetherAreOneGroup() {
        List<QuoteGroup> groups = group(List.of(
                article(0, "kompas", quote("Mahfud", MAHFUD_CALL), quote("Mahfud", MAHFUD_MANDATE)),
                article(1, "other", quote("Mahfud MD", MAHFUD_CALL + ". " + MAHFUD_MANDATE))));
        assertThat(groups).extracting(QuoteGrouperTest::memberKeys)
                .containsExactly(List.of("kompas#0", "kompas#1", "other#0"));
    }

    /**
     * The same two statements of Mahfud MD given paragraphs apart in one article are two statements of his; a longer
     * quote elsewhere running both together is listed with each, and never chains them.
     */
    @Test
    void twoQuotesOfOneArticleParagraphsApartAreNeverChainedByALongerOne() {
        var call = quote("Mahfud", QuoteKind.DIRECT, MAHFUD_CALL, 0);
        var mandate = quote("Mahfud", QuoteKind.DIRECT, MAHFUD_MANDATE, MAHFUD_CALL.length() + 600);
        List<QuoteGroup> groups = group(List.of(article(0, "kompas", call, mandate),
                article(1, "other", quote("Mahfud MD", MAHFUD_CALL + ". " + MAHFUD_MANDATE))));
        assertThat(groups).extracting(QuoteGrouperTest::memberKeys)
                .containsExactlyInAnyOrder(List.of("kompas#0", "other#0"), List.of("kompas#1", "other#0"));
    }

    private static final String MAHFUD_CALL = "Apa salahnya dipanggil kan mereka mengatakan saya kok tak pernah diajak "
            + "bicara tentang nasib KPK. Nah sekarang waktunya mereka diajak bicara dalam situasi seperti ini";
    private static final String MAHFUD_MANDATE = "Secara hukum, KPK itu bukan mandataris presiden, tidak bisa dia lalu "
            + "mengembalikan mandat kepada presiden karena presiden tak pernah memberikan mandat ke KPK";

    /** A quote whose words stand at {@code start} in its article's body. */
    private ArticleProfile.QuoteForm quote(String speaker, QuoteKind kind, String text, int start) {
        Quote q = new Quote(text, kind, speaker, EntityType.PER, "kata", start, start + text.length());
        return new ArticleProfile.QuoteForm(q, SpeakerNames.key(speaker, List.of()), profiler.quoteStems(text));
    }

    @Test
    void groupsDoNotDependOnTheOrderArticlesArrivedIn() {
        // Pratikno on the presidential letter, 11 September 2019: sindonews.com, tempo.co, okezone.com
        String signed = "Surpres RUU KPK sudah ditandatangani oleh Bapak Presiden. Sudah dikirim ke DPR ini tadi";
        String sent = "Surpres RUU KPK sudah diteken Presiden dan sudah dikirim ke DPR ini tadi";
        var sindonews = quote("Pratikno", signed);
        var tempo = quote("Pratikno", sent);
        var okezone = quote("Sekretaris Negara Pratikno", sent);
        List<QuoteGroup> forward = group(List.of(
                article(0, "sindonews", sindonews), article(1, "tempo", tempo), article(2, "okezone", okezone)));
        List<QuoteGroup> backward = group(List.of(
                article(0, "okezone", okezone), article(1, "tempo", tempo), article(2, "sindonews", sindonews)));
        assertThat(forward).singleElement().satisfies(g -> assertThat(g.members()).hasSize(3));
        assertThat(backward).singleElement().satisfies(g ->
                assertThat(g.members()).containsExactlyInAnyOrderElementsOf(forward.get(0).members()));
    }

    @Test
    void aSpeakerSpeltTwoWaysOrNamedByARoleKeepsTheStatement() {
        // Kompas.com and okezone.com, 16 September 2019: one outlet misspells the Hipmi chairman's surname
        String text = "pihaknya sama sekali tidak meminta posisi Menteri di kabinet Jokowi-Maaruf";
        assertThat(QuoteGrouper.sameStatement(quote("Bahlil Lahdahilia", QuoteKind.INDIRECT, text),
                quote("Bahlil Lahadalia", QuoteKind.INDIRECT, text))).isTrue();
        // okezone.com and sindonews.com, 13 September 2019: the same demand under the name and under the title
        String demand = "Mendesak segera menurunkan kain hitam yang menutupi logo KPK sebagai simbol negara. Bila "
                + "tuntutan tersebut tidak segera dipenuhi, HAM-I akan kembali melakukan aksi di depan Gedung KPK";
        assertThat(QuoteGrouper.sameStatement(quote("Asep Irama", demand),
                quote("Koordinator Nasional HAM-I", demand))).isTrue();
    }

    @Test
    void aShortQuoteWordForWordInsideTheLongerIsAPartOfIt() {
        // the Kapolrestabes Semarang on the hoax of Habibie's death, 10 September 2019: Kompas.com quotes two
        // words, sindonews.com the whole denial
        var whole = quote("Rubijanto", "Pagi ini beredar berita hoax, hoax!! Beliau dalam keadaan aman terkendali. "
                + "Terima kasih");
        assertThat(QuoteGrouper.sameStatement(quote("Rubijanto", "Aman terkendali"), whole)).isTrue();
        // the same words not in that order are not the quote
        assertThat(QuoteGrouper.sameStatement(quote("Rubijanto", "Terkendali dan aman"), whole)).isFalse();
    }

    @Test
    void quotesOfTwoArticlesSharingOneStemAreOneStatementOnlyWhenItIsAllOfBoth() {
        // the Kapolrestabes Semarang on the hoax of Habibie's death, 10 September 2019: Kompas.com and tribunnews.com
        // both quote his two words; pairs of quotes sharing fewer stems are let go before their records are read, but
        // for a one-word answer two outlets give alike
        List<QuoteGroup> twoWords = group(List.of(article(0, "kompas", quote("Rubijanto", "Aman terkendali")),
                article(1, "tribunnews", quote("Rubijanto", "Aman terkendali"))));
        assertThat(twoWords).hasSize(1);
        List<QuoteGroup> oneWord = group(List.of(article(0, "kompas", quote("Rubijanto", "Hoaks")),
                article(1, "tribunnews", quote("Rubijanto", "Hoaks"))));
        assertThat(oneWord).hasSize(1);
        List<QuoteGroup> oneOfTwo = group(List.of(article(0, "kompas", quote("Rubijanto", "Aman terkendali")),
                article(1, "tribunnews", quote("Rubijanto", "Aman"))));
        assertThat(oneOfTwo).isEmpty();
    }

    @Test
    void oneSpeakersStatementRetoldInOtherWordsIsTheSameStatement() {
        // the police spokesman on the vote for the KPK leaders, 13 September 2019: okezone.com and tempo.co
        var okezone = quote("Dedi Prasetyo", "Polri menghormati keputusan DPR RI yang telah memilih secara transparan, "
                + "demokratis, akuntabel, dan sesuai kompetensi");
        var tempo = quote("Dedi Prasetyo", "Polri sangat menghargai kemudian memberikan apresiasi kepada anggota DPR "
                + "yang telah melaksanakan proses penentuan capim KPK secara demokratis dan transparan");
        assertThat(QuoteGrouper.sameStatement(okezone, tempo)).isTrue();
        // a few words on the same topic in another answer are not a retelling (okezone.com, 12 and 13 September)
        var vote = quote("Indriyanto Seno Adji", "Dan ini sudah menjadi keputusan bulat pansel");
        var record = quote("Indriyanto Seno Adji", "Pansel tidak menemukan sama sekali wujud keputusan DPP (Dewan "
                + "Pertimbangan Pegawai) formil yang memutuskan secara definitif adanya pelanggaran berat etik");
        assertThat(QuoteGrouper.sameStatement(vote, record)).isFalse();
    }

    @Test
    void anArticleGivingOneStatementTwiceKeepsBothInItsGroup() {
        // Saut Situmorang on the KPK's ethics finding, 11 September 2019: okezone.com gives the finding in the
        // lead and in the quote, tempo.co quotes it once, and a third report quotes only its last words
        String finding = "Hasil pemeriksaan pengawas internal adalah terdapat dugaan pelanggaran berat";
        var lead = quote("Saut Situmorang", QuoteKind.INDIRECT, "Proses pemeriksaan etik terhadap mantan deputi "
                + "penindakan KPK hasil pemeriksaan pengawasan internal terdapat dugaan pelanggaran berat");
        var direct = quote("Saut Situmorang", finding);
        List<QuoteGroup> groups = group(List.of(
                article(0, "okezone", lead, direct),
                article(1, "tempo", quote("Saut Situmorang", finding)),
                article(2, "other", quote("Saut Situmorang", "Terdapat dugaan pelanggaran berat"))));
        assertThat(groups).singleElement().satisfies(g -> assertThat(g.members()).hasSize(4));
    }

    @Test
    void aShortQuoteWithAFigureTheLongerLacksIsAnotherStatement() {
        // the president on the KPK bill's list of issues, 11 September 2019: okezone.com's long quote shares
        // "DIM", "cepat" and more with tempo.co's short one, but not its "4-5 isu"
        var study = quote("Joko Widodo", "Jadi baru saya terima DIM-nya tadi. Baru saya pelajari hari ini. Pelajari "
                + "dulu, secepat-cepatnya. Kita ini baru melihat DIM-nya dulu. Nanti kalau surpres kita kirim, besok "
                + "saya sampaikan");
        var issues = quote("Jokowi", "DIM-nya, kan, hanya 4-5 isu. Cepat kok");
        assertThat(QuoteGrouper.sameStatement(study, issues)).isFalse();
        assertThat(QuoteGrouper.sameStatement(quote("Joko Widodo", "DIM-nya kan hanya 4-5 isu. Cepat kok. Tapi ya "
                + "itu, kalau sudah di sana, urusannya di sana"), issues)).isTrue();
    }

    @Test
    void aStatementWhoseSpeakerOneOutletMisreadIsStillTheSameStatement() {
        // the president at Habibie's grave, 12 September 2019: tempo.co's "ucapnya" read as the "Mr Crack" just named
        var okezone = quote("Joko Widodo", "Selamat Jalan Mr Crack, Mr Pioner, kami akan selalu ingat pesanmu jangan "
                + "terlalu banyak diskusi, jangan cengeng, tapi terjunkan diri ke proses nilai tambah secara konsisten");
        var tempo = quote("Crack", "Selamat jalan, Mr Crack, selamat jalan Sang Pionir, kami akan selalu ingat pesanmu");
        assertThat(QuoteGrouper.sameStatement(okezone, tempo)).isTrue();
    }

    @Test
    void aFewWordsReorderedInsideTheLongerQuoteAreAPartOfIt() {
        // Arsul Sani on the president's letter reaching the house, 12 September 2019: tempo.co quotes four words,
        // okezone.com the answer they stand in, "tadi sore" written "sore tadi"
        var whole = quote("Arsul Sani", "Ya memang sudah masuk (surpres). Sore tadi (kemarin)");
        assertThat(QuoteGrouper.sameStatement(quote("Arsul Sani", "Sudah masuk, tadi sore"), whole)).isTrue();
        // the same words spread over a long answer are other sentences
        var answer = quote("Arsul Sani", "Sudah kami sampaikan ke pimpinan, nanti sore mereka rapat, setelah itu "
                + "tadi dibahas lalu masuk ke paripurna");
        assertThat(QuoteGrouper.sameStatement(quote("Arsul Sani", "Sudah masuk, tadi sore"), answer)).isFalse();
    }

    @Test
    void aRetellingUnderNoNameJoinsNeitherPersonsQuote() {
        // the Jagorawi toll road crash, 15 September 2019: the toll road operator and the police chief each put it
        // down to the burst rear tyre, and okezone.com's follow-up retells the same cause as the police's word:
        // an account in the outlet's words under a role is not a copy of either person's quoted words
        var operator = quote("Irra Susiyanti", "Penyebab kecelakaan adalah pecah ban belakang, sehingga kendaraan "
                + "oleng dan terguling");
        var police = quote("Polisi", QuoteKind.INDIRECT, "kecelakaan tersebut disebabkan pecah ban belakang bagian "
                + "kanan sehingga mobil terguling");
        var chief = quote("Fadli Amri", "Kejadian tersebut merupakan kecelakaan tunggal yang melibatkan mobil APV "
                + "yang mengalami pecah ban belakang sehingga menyebabkan mobil terguling");
        assertThat(QuoteGrouper.sameStatement(operator, police)).isFalse();
        assertThat(QuoteGrouper.sameStatement(police, chief)).isFalse();
        assertThat(group(List.of(article(0, "kompas", operator), article(1, "okezone", chief),
                article(2, "okezone-follow-up", police)))).isEmpty();
    }

    @Test
    void oneSentenceCopiedUnderTwoPeoplesNamesIsOneStatement() {
        // Kompas.com on Setya Novanto's appeal, 10 September 2019: one indirect sentence of his lawyer Maqdir Ismail,
        // which a second article puts to "pihak Novanto" and so to Novanto himself
        var lawyer = quote("Maqdir Ismail", QuoteKind.INDIRECT, "Ketiga surat itu, menurut Maqdir, tidak ada fakta "
                + "bahwa Novanto menerima uang terkait pengadaan kartu tanda penduduk berbasis elektronik atau e-KTP");
        var misread = quote("Setya Novanto", QuoteKind.INDIRECT, "Ketiga surat itu, menurut pihak Novanto, tidak ada "
                + "fakta bahwa Novanto menerima uang terkait pengadaan kartu tanda penduduk berbasis elektronik atau e-KTP");
        assertThat(QuoteGrouper.sameQuote(lawyer, misread)).isTrue();
        assertThat(group(List.of(article(0, "kompas-120", lawyer), article(1, "kompas-390", misread))))
                .singleElement().satisfies(g -> assertThat(g.members()).hasSize(2));
    }

    @Test
    void theNamesOfBodiesTwoRetellingsShareAreNoCopiedText() {
        // tempo.co, 10 and 11 September 2019: the vice-president's word on the president's letter and the president's
        // own, each retold in the reporter's words around the bill's full name
        var kalla = quote("Jusuf Kalla", QuoteKind.INDIRECT, "ada kemungkinan Presiden Joko Widodo atau Jokowi akan "
                + "mengirim Surat Presiden terkait revisi Undang-Undang Komisi Pemberantasan Korupsi (KPK)");
        var president = quote("Joko Widodo", QuoteKind.INDIRECT, "belum mengirimkan Surat Presiden terkait revisi "
                + "Undang-Undang Komisi Pemberantasan Korupsi (KPK)");
        assertThat(QuoteGrouper.sameQuote(kalla, president)).isFalse();
        assertThat(group(List.of(article(0, "tempo-3617", kalla), article(1, "tempo-1183", president)))).isEmpty();
    }

    @Test
    void aBodyNamedInFullAndShortIsOneWord() {
        // the deputy mayor of Tangerang Selatan on a banned event, tempo.co and sindonews.com, 11 September 2019
        assertThat(QuoteGrouper.stems("Pemerintah kota Tangerang Selatan tidak akan toleran"))
                .isEqualTo(QuoteGrouper.stems("Pemkot Tangsel tidak akan toleran"));
        var tempo = quote("Benyamin Davnie", "Pemerintah kota Tangerang Selatan tidak akan toleran dan tidak akan "
                + "pernah memberikan izin bagi kegiatan tersebut");
        var sindonews = quote("Benyamin Davnie", QuoteKind.INDIRECT, "Pemkot Tangsel tidak akan toleran dengan "
                + "kegiatan yang sangat bertolak belakang dengan nilai agama itu");
        assertThat(QuoteGrouper.sameStatement(tempo, sindonews)).isTrue();
    }

    @Test
    void aTextCopiedUnderTheNameOfWhomItSpeaksOfStaysWithItsSpeaker() {
        // Edhie Baskoro Yudhoyono's prayer for BJ Habibie, 10 September 2019: tempo.co gives it to him twice,
        // okezone.com and tribunnews.com to Habibie, of whom it speaks; Habibie's wife's word on him is no part of it
        String prayer = "Saya mengajak kepada hadirin dan hadirat untuk bersama-sama kita doakan kepada pemimpin kita "
                + "Pak BJ Habibie semoga beliau diberikan kesembuhan";
        var wife = quote("Sri Soedarsono Habibie", QuoteKind.INDIRECT, "BJ Habibie sudah bisa diajak komunikasi");
        List<QuoteGroup> groups = group(List.of(article(0, "okezone-3821", quote("BJ Habibie", prayer)),
                article(1, "tempo-1416", quote("Edhie Baskoro Yudhoyono", prayer)),
                article(2, "tempo-1418", quote("Edhie Baskoro Yudhoyono", prayer)),
                article(3, "tribunnews-511", quote("Bacharuddin Jusuf Habibie", prayer)),
                article(4, "sindonews-1620", wife)));
        assertThat(groups).singleElement().satisfies(g -> assertThat(g.members()).hasSize(4));
    }

    @Test
    void figuresAreReadInDigitsAndInWords() {
        // Jasa Marga's release on the Jagorawi toll road crash as okezone.com and Kompas.com gave it, 15 September 2019
        assertThat(QuoteGrouper.figures("Terdapat 3 korban jiwa dan langsung dilarikan ke RSUD Ciawi").all())
                .isEqualTo(QuoteGrouper.figures("Terdapat tiga korban jiwa dan langsung dilarikan ke RSUD Ciawi").all());
        assertThat(QuoteGrouper.figures("Kendaraan berpenumpang sembilan orang itu mengalami pecah ban. Kecelakaan "
                + "tunggal itu mengakibatkan tiga tewas dan enam lainnya terluka").all()).containsExactlyInAnyOrder(9.0, 3.0, 6.0);
        assertThat(QuoteGrouper.figures("dua puluh lima rumah, puluhan warga").all()).containsExactly(25.0);
        assertThat(QuoteGrouper.figures("DIM-nya, kan, hanya 4-5 isu").all()).containsExactlyInAnyOrder(4.0, 5.0);
        assertThat(QuoteGrouper.figures("akan mendorong pertumbuhan investasi riil di Kaltim hingga 47,7%").all())
                .as("a decimal comma makes one figure").containsExactly(47.7);
        assertThat(QuoteGrouper.figures("Sampai saat ini ada sekira 14.000 tentara AS yang masih berada di sana.").all())
                .as("thousands grouped by a point").containsExactly(14000.0);
        assertThat(QuoteGrouper.figures("secara keseluruhan telah terpasang lebih dari 427.000 kali.").all())
                .as("a full stop after the figure is no mark of it").containsExactly(427000.0);
    }

    @Test
    void aLoneNameWithTwoLettersSwappedIsThePersonWhoseWordsAnotherOutletGives() {
        // Arsul Sani on the KPK candidates' political contract: Kompas.com and tempo.co, 10 September 2019
        var kompas = quote("Arsul Sani", QuoteKind.INDIRECT, "kontrak politik tersebut bertujuan untuk memastikan "
                + "konsistensi para Capim KPK dalam menyikapi suatu isu sebelum dan sesudah terpilih");
        var tempo = quote("Asrul", QuoteKind.INDIRECT, "Kontrak politik ini, kata Asrul, bertujuan untuk memastikan "
                + "konsistensi para capim KPK dalam menyikapi suatu isu sebelum dan sesudah terpilih");
        var other = quote("Arsad", QuoteKind.INDIRECT, "Kontrak politik ini, kata Arsad, bertujuan untuk memastikan "
                + "konsistensi para capim KPK dalam menyikapi suatu isu sebelum dan sesudah terpilih");
        assertThat(group(List.of(article(0, "kompas-122", kompas), article(1, "tempo-2509", tempo))))
                .singleElement().satisfies(g -> assertThat(g.members()).hasSize(2));
        assertThat(group(List.of(article(0, "kompas-122", kompas), article(1, "tempo-2509", other)))).isEmpty();
    }

    @Test
    void theNumberWordOfAnIdiomIsNoFigure() {
        // Pantas Nainggolan on the DKI law as Kompas.com and tempo.co quoted him, 10 September 2019
        assertThat(QuoteGrouper.figures("Jadi salah satu institusi pemerintahan yang dekat dengan presiden adalah "
                + "Mendagri").all()).isEmpty();
        assertThat(QuoteGrouper.figures("Itu satu-satunya jalan, diperiksa satu per satu").all()).isEmpty();
        assertThat(QuoteGrouper.figures("satu dari tiga korban, salah satu di antaranya").all())
                .as("a count of one stays").containsExactlyInAnyOrder(1.0, 3.0);
    }

    /**
     * PB Djarum's Budi Darmawan, 10 September 2019: sindonews.com quotes two of his sentences at once, tribunnews.com
     * retells the first and quotes the second. The long quote joins the words quoted in both, and the retelling of the
     * other sentence joins them as the other half of the one statement tribunnews.com splits.
     */
    @Test
    void aLongQuoteJoinsThePartAnotherOutletQuotesWordForWord() {
        var retold = quote("Budi Darmawan", QuoteKind.INDIRECT, "PB Djarum kelak hanya akan membina pemain yang sudah ada "
                + "di klub, sedangkan klubnya sendiri tetap dipertahankan");
        var quoted = quote("Budi Darmawan", QuoteKind.DIRECT, "Kami tidak ada kesempatan lagi mencari mutiara terpendam");
        var both = quote("Budi Darmawan", QuoteKind.DIRECT, "PB Djarum kelak hanya akan membina pemain yang sudah ada di "
                + "klub, sedangkan klubnya sendiri tetap dipertahankan. Namun, kami tidak ada kesempatan lagi mencari "
                + "mutiara terpendam");
        List<QuoteGroup> groups = group(List.of(article(0, "tribunnews", retold, quoted),
                article(1, "sindonews", both)));
        assertThat(groups).extracting(QuoteGrouperTest::memberKeys)
                .containsExactly(List.of("tribunnews#0", "tribunnews#1", "sindonews#0"));
    }

    /**
     * Ma'ruf Amin at Habibie's funeral prayers, 12 September 2019: tempo.co retells the start of his prayer and quotes
     * its end, okezone.com quotes it whole. The whole joins the quoted end, and the retold start as its other half. A
     * retold part another article also gives is grouped with that article's first: the two parts of one article then
     * stay in two groups, and the whole stays out of the retold part's group.
     */
    @Test
    void aRetoldPartGroupedElsewhereStaysApartFromTheWhole() {
        var retold = quote("Ma'ruf Amin", QuoteKind.INDIRECT, "telah menggelar salat jenazah dan mendoakan Habibie agar "
                + "amal ibadahnya diterima dan kesalahannya dimaafkan");
        var quoted = quote("Ma'ruf Amin", QuoteKind.DIRECT, "Semoga ditempatkan di sisi Allah, diterima di surga sebagai "
                + "balasannya, diberikan syafaat saat kiamat, dan keluarga menerima dengan ikhlas dan tabah.");
        var whole = quote("Ma'ruf Amin", QuoteKind.DIRECT, "Tadi Salat Jenazah, saya berdoa mudah-mudahan Beliau diterima "
                + "amal ibadahnya, dimaafkan segala kesalahannya, ditempatkan di sisi Allah, diterima surga sebagai "
                + "balasannya, diberikan syafaat saat kiamat, dan keluarga menerima dengan ikhlas dan tabah");
        List<QuoteGroup> groups = group(List.of(article(0, "tempo-3876", retold, quoted),
                article(1, "okezone-3450", whole)));
        assertThat(groups).extracting(QuoteGrouperTest::memberKeys)
                .containsExactly(List.of("tempo-3876#0", "tempo-3876#1", "okezone-3450#0"));
        var retoldElsewhere = quote("Ma'ruf Amin", QuoteKind.INDIRECT, "mendoakan Habibie agar amal ibadahnya diterima "
                + "dan kesalahannya dimaafkan");
        List<QuoteGroup> withAnother = group(List.of(article(0, "tempo-3876", retold, quoted),
                article(1, "okezone-3450", whole), article(2, "other", retoldElsewhere)));
        assertThat(withAnother).extracting(QuoteGrouperTest::memberKeys)
                .containsExactlyInAnyOrder(List.of("tempo-3876#1", "okezone-3450#0"),
                        List.of("tempo-3876#0", "other#0"));
    }

    /**
     * Darmin Nasution on the furniture makers' complaint, 10 September 2019: one tempo.co article quotes the tax on logs
     * and, in the next sentence, the answer on it ({@code Nah, kalau itu tadi, Menperin katakan sedang dibahas dengan
     * Kemenkeu}); another tempo.co article and sindonews.com both quote them as one. The shared guide: "A quote group
     * holds the same statement as reported by different articles": the two sentences are parts of that statement, and
     * the answer no other article gives apart joins the group of the wholes with the tax.
     */
    @Test
    void aSentenceNextToItsStatementsOtherPartJoinsTheWholesGroup() {
        List<QuoteGroup> groups = group(darminOnLogs(0, DARMIN_TAX.length() + 40));
        assertThat(groups).extracting(QuoteGrouperTest::memberKeys).containsExactly(
                List.of("tempo-3763#0", "tempo-3763#1", "tempo-3475#0", "sindonews-1591#0"));
    }

    /**
     * The same words of Darmin Nasution with his answer given paragraphs after the tax: two statements of the
     * article, each whole is listed with the answer the article gives apart, not only the whole met first.
     */
    @Test
    void everyWholeIsListedWithAPartOneArticleGivesApart() {
        List<QuoteGroup> groups = group(darminOnLogs(0, DARMIN_TAX.length() + 600));
        assertThat(groups).extracting(QuoteGrouperTest::memberKeys)
                .containsExactlyInAnyOrder(List.of("tempo-3763#0", "tempo-3475#0", "sindonews-1591#0"),
                        List.of("tempo-3763#1", "tempo-3475#0", "sindonews-1591#0"));
    }

    private static final String DARMIN_TAX = "Pengusaha juga keluhkan, masak kayu log kena PPN? Sehingga pengolah kayu "
            + "harus bayar PPN 10 persen";

    /** Darmin Nasution's tax on logs and answer on it apart in one article, at {@code taxAt} and {@code answerAt}, and
     *  as one in two others. */
    private List<ArticleProfile> darminOnLogs(int taxAt, int answerAt) {
        var tax = quote("Darmin Nasution", QuoteKind.DIRECT, DARMIN_TAX, taxAt);
        var answer = quote("Darmin Nasution", QuoteKind.DIRECT, "Nah, kalau itu tadi, Menperin katakan sedang dibahas "
                + "dengan Kemenkeu", answerAt);
        var tempo = quote("Darmin Nasution", QuoteKind.DIRECT, "Masa kayu log kena PPN? Sehingga pengolah kayu harus "
                + "bayar PPN 10 persen. Nah, kalau itu tadi, Menperin katakan sedang dibahas dengan Kemenkeu");
        var sindonews = quote("Darmin Nasution", QuoteKind.DIRECT, "Pengusaha juga keluhkan, masak kayu log kena PPN? "
                + "Sehingga pengolah kayu harus bayar PPN 10%. Sehingga kita pasti dikurangi harganya. Nah, kalau itu "
                + "tadi, Menperin katakan sedang dibahas dengan Kemenkeu");
        return List.of(article(0, "tempo-3763", tax, answer), article(1, "tempo-3475", tempo),
                article(2, "sindonews-1591", sindonews));
    }

    /**
     * Jasa Marga's release on the Jagorawi toll road crash, 15 September 2019: Kompas.com runs the cause and the
     * count together in one quote, and joins the cause another report opens with, not the count it gives alone.
     */
    @Test
    void aQuoteRunningTwoStatementsTogetherJoinsTheOneItOpensWith() {
        String count = "Terdapat tiga korban jiwa dan langsung dilarikan ke RSUD Ciawi";
        String cause = "Penyebab kecelakaan adalah pecah ban belakang, sehingga kendaraan oleng dan terguling";
        var apart = article(0, "kompas-987", quote("Irra Susiyanti", count), quote("Irra Susiyanti", cause));
        var countWithHospitals = article(1, "okezone-3649", quote("Irra Susiyanti", "Terdapat 3 korban jiwa dan "
                + "langsung dilarikan ke RSUD Ciawi. Korban luka-luka dibawa ke RS EMC Sentul dan RS Bina Husada Cibinong"));
        var together = article(2, "kompas-906", quote("Irra Susiyanti", cause + ". " + count + ". Korban luka-luka "
                + "dibawa ke RS EMC Sentul dan RS Bina Husada Cibinong"));
        List<QuoteGroup> groups = group(List.of(apart, countWithHospitals, together));
        assertThat(groups).extracting(QuoteGrouperTest::memberKeys)
                .containsExactlyInAnyOrder(List.of("kompas-987#0", "okezone-3649#0"), List.of("kompas-987#1", "kompas-906#0"));
    }

    @Test
    void aShortQuoteWordForWordUnderAnotherNameIsTheSameStatement() {
        // the president to the head of Hipmi, 11 September 2019: tempo.co prints the words as a paragraph of their
        // own, read as said by the candidate just named
        var okezone = quote("Joko Widodo", "Beliau berdua ini pesaing mu loh");
        var tempo = quote("Luthfi", "Beliau berdua ini pesaingmu, loh.");
        assertThat(QuoteGrouper.sameQuote(okezone, tempo)).isTrue();
        // too little to say two articles report one happening
        assertThat(QuoteGrouper.sameStatement(okezone, tempo)).isFalse();
        // the Hipmi chairman under two spellings of his name in Kompas.com and okezone.com
        var kompas = quote("Bahlil Lahdahilia", ", tidak meminta , tapi kalau bisa menterinya pro kepada para pengusaha");
        var okezone2 = quote("Hipmi Bahlil Lahadalia", "Hipmi tidak meminta menteri tapi kalau bisa menteri-menterinya pro "
                + "kepada para pengusaha");
        assertThat(QuoteGrouper.sameQuote(kompas, okezone2)).isTrue();
    }

    @Test
    void aShortQuoteWhoseWordsStandInAnotherOrderElsewhereIsAnotherSpeakersStatement() {
        // the same four stems in another order in another person's words are a topic shared, not a quote
        var president = quote("Joko Widodo", "Beliau berdua ini pesaing mu loh");
        var other = quote("Luthfi", "Loh, pesaing beliau ada berdua di sini");
        assertThat(QuoteGrouper.stemsInOrder(president, other)).isFalse();
        assertThat(QuoteGrouper.sameQuote(president, other)).isFalse();
    }

    @Test
    void aSharedPurposeWordDoesNotMakeTwoStatementsOne() {
        // the toll operator's spokeswoman on the Jagorawi crash, 15 September 2019: where the victims were taken
        // (okezone.com) and when the highway patrol came (Kompas.com); "untuk" was once a fifth of their shared stems
        var taken = quote("Irra Susiyanti", QuoteKind.INDIRECT, "korban meninggal dunia dan luka-luka itu langsung "
                + "dilarikan ke Rumah Sakit (RS) terdekat untuk dilakukan penanganan medis");
        var patrol = quote("Irra Susiyanti", "Lima menit setelah kejadian, Polisi Jalan Raya (PJR) tiba di lokasi "
                + "kecelakaan, kemudian disusul petugas ambulance, dan segera membantu evakuasi korban dan melarikan ke "
                + "RS terdekat untuk penanganan lebih lanjut");
        assertThat(QuoteGrouper.sameStatement(taken, patrol)).isFalse();
        assertThat(QuoteGrouper.stems("Kecelakaan terjadi untuk kedua kalinya, ya")).doesNotContain("untuk", "jadi", "ya");
    }

    @Test
    void aCauseRetoldInOtherWordsForCauseAndVehicleIsTheSameStatement() {
        // the toll operator's spokeswoman on the Jagorawi crash, 15 September 2019: Kompas.com quotes her words on
        // the cause, and retells them with "akibat" for "penyebab" and "mobil" for "kendaraan" (a link stripped the
        // words "pecah ban" from the retelling)
        var quoted = quote("Irra Susiyanti", "Penyebab kecelakaan adalah pecah ban belakang, sehingga kendaraan oleng "
                + "dan terguling");
        var retold = quote("Irra Susiyanti", QuoteKind.INDIRECT, "kecelakaan terjadi akibat ban belakang mobil alami , "
                + "sehingga hilang kendali dan terguling");
        assertThat(QuoteGrouper.stems("akibat mobil")).isEqualTo(QuoteGrouper.stems("penyebab kendaraan"));
        assertThat(QuoteGrouper.sameStatement(quoted, retold)).isTrue();
    }

    @Test
    void aShortRetellingSharingTwoThirdsOfItsWordsWithALaterReleaseIsAnotherStatement() {
        // the same spokeswoman, 15 September 2019: okezone.com's retelling of her first release shares "kecelakaan",
        // "tiga", "orang" and "meninggal" (as "tewas") with tempo.co's quote of the fuller release that came later
        var first = quote("Irra Susiyanti", QuoteKind.INDIRECT, "dalam kecelakaan itu terdapat tiga orang meninggal "
                + "dunia");
        var later = quote("Irra Susianty", "Kendaraan berpenumpang sembilan orang itu mengalami pecah ban belakang "
                + "sebelah kanan, sehingga pengemudi kehilangan kendali dan kendaraan oleng. Kecelakaan tunggal itu "
                + "mengakibatkan tiga tewas dan enam lainnya terluka");
        assertThat(QuoteGrouper.sameStatement(first, later)).isFalse();
    }

    @Test
    void aSpokenFormOfAWordIsReadAsTheWrittenOne() {
        // Arsul Sani on the president's letter, sindonews.com and okezone.com, 11 September 2019
        var sindonews = quote("Arsul Sani", QuoteKind.DIRECT, "Emang sudah masuk");
        var okezone = quote("Arsul Sani", QuoteKind.DIRECT, "Ya memang sudah masuk (surpres). Sore tadi (kemarin)");
        assertThat(QuoteGrouper.written("Emang sudah masuk")).isEqualTo("memang sudah masuk");
        assertThat(QuoteGrouper.sameStatement(sindonews, okezone)).isTrue();
    }

    @Test
    void aShortPhraseIsOnlyItsOwnSpeakersPart() {
        var okezone = quote("Arsul Sani", QuoteKind.DIRECT, "Ya memang sudah masuk (surpres). Sore tadi (kemarin)");
        assertThat(QuoteGrouper.sameStatement(quote("Pratikno", QuoteKind.DIRECT, "Emang sudah masuk"), okezone))
                .isFalse();
        // two words are any answer's
        assertThat(QuoteGrouper.sameStatement(quote("Arsul Sani", QuoteKind.DIRECT, "Sudah masuk"),
                quote("Arsul Sani", QuoteKind.DIRECT, "Tadi sore sudah masuk ke DPR"))).isFalse();
    }

    @Test
    void theDeadAreKorbanJiwaAndOrangMeninggalDunia() {
        // okezone.com's retelling of Jasa Marga's release and the release as it quotes it, 15 September 2019
        var retold = quote("Irra Susiyanti", QuoteKind.INDIRECT, "korban meninggal dunia dan luka-luka itu langsung "
                + "dilarikan ke Rumah Sakit (RS) terdekat untuk dilakukan penanganan medis");
        var quoted = quote("Irra Susiyanti", QuoteKind.DIRECT, "Terdapat 3 korban jiwa dan langsung dilarikan ke RSUD "
                + "Ciawi. Korban luka-luka dibawa ke RS EMC Sentul dan RS Bina Husada Cibinong");
        assertThat(QuoteGrouper.sameStatement(retold, quoted)).isTrue();
    }

    @Test
    void anArticlesLeadRetellingItsQuoteIsOneStatementWithIt() {
        // okezone.com, 15 September 2019: "Irra mengungkapkan, dalam kecelakaan itu terdapat tiga orang meninggal dunia"
        var lead = quote("Irra Susiyanti", QuoteKind.INDIRECT, "dalam kecelakaan itu terdapat tiga orang meninggal dunia");
        var quoted = quote("Irra Susiyanti", QuoteKind.DIRECT, "Terdapat 3 korban jiwa dan langsung dilarikan ke RSUD "
                + "Ciawi. Korban luka-luka dibawa ke RS EMC Sentul dan RS Bina Husada Cibinong");
        assertThat(QuoteGrouper.retoldInArticle(lead, quoted)).isTrue();
        // across articles the same few words are not enough
        assertThat(QuoteGrouper.sameQuote(lead, quoted)).isFalse();
    }

    @Test
    void anArticlesTwoStatementsOfOneSpeakerAreNotRetellings() {
        // Kompas.com on the Jagorawi crash, 15 September 2019: how it began, then the count
        var began = quote("M Fadli Amri", QuoteKind.INDIRECT, "insiden itu bermula saat mobil bernomor polisi F 1196 FH "
                + "itu bergerak dari arah Bogor menuju Jakarta sekitar pukul 08.00 WIB");
        var count = quote("M Fadli Amri", QuoteKind.DIRECT, "Data sementara ada 9 korban, 3 orang meninggal dunia di "
                + "tempat 3 orang luka berat, dan 3 orang luka ringan");
        assertThat(QuoteGrouper.retoldInArticle(began, count)).isFalse();
        // two quotes in quotation marks are two answers, however alike
        var again = quote("M Fadli Amri", QuoteKind.DIRECT, "Awalnya pecah kemudian mengalami oleng dan terjadi "
                + "kecelakaan");
        assertThat(QuoteGrouper.retoldInArticle(count, again)).isFalse();
    }

    @Test
    void anArticlesRetellingInTwoSentencesJoinsOtherOutletsQuote() {
        // okezone.com retells Jasa Marga's release in two sentences before quoting it; Kompas.com quotes its
        // first sentence (15 September 2019)
        String release = "Terdapat 3 korban jiwa dan langsung dilarikan ke RSUD Ciawi. Korban luka-luka dibawa ke RS "
                + "EMC Sentul dan RS Bina Husada Cibinong";
        var okezone = article(0, "okezone-3649",
                quote("Irra Susiyanti", QuoteKind.INDIRECT, "dalam kecelakaan itu terdapat tiga orang meninggal dunia"),
                quote("Irra Susiyanti", QuoteKind.INDIRECT, "korban meninggal dunia dan luka-luka itu langsung dilarikan "
                        + "ke Rumah Sakit (RS) terdekat untuk dilakukan penanganan medis"),
                quote("Irra Susiyanti", QuoteKind.DIRECT, release));
        var kompas = article(1, "kompas-987", quote("Irra Susiyanti", QuoteKind.DIRECT,
                "Terdapat tiga korban jiwa dan langsung dilarikan ke RSUD Ciawi"));
        assertThat(group(List.of(okezone, kompas))).singleElement()
                .satisfies(g -> assertThat(g.members()).extracting(m -> m.article() + "#" + m.index())
                        .containsExactly("okezone-3649#0", "okezone-3649#1", "okezone-3649#2", "kompas-987#0"));
    }

    @Test
    void anAgeInBracketsAfterANameIsNoFigureOfTheStatement() {
        // Kompas.com retells the police chief's account naming the driver; okezone.com quotes it (15 September 2019)
        var retold = quote("M Fadli Amri", QuoteKind.INDIRECT, "mobil yang dikendarai Josni Jafet Tigor (34) tersebut "
                + "mengalami , belakang bagian kanan sehingga oleng hingga terjadi kecelakaan");
        var quoted = quote("Fadli Amri", QuoteKind.DIRECT, "Mobil bergerak dari arah Bogor menuju Jakarta, namun saat di "
                + "lokasi ban belakang sebelah kanan mobil tersebut pecah kemudian mengalami oleng dan terjadi "
                + "kecelakaan tunggal");
        assertThat(QuoteGrouper.figures(retold.quote().text()).all()).isEmpty();
        assertThat(QuoteGrouper.figures("sebanyak (34) orang").all()).containsExactly(34.0);
        assertThat(QuoteGrouper.sameStatement(retold, quoted)).isTrue();
    }

    @Test
    void aFullerCountGivenLaterIsAnotherStatement() {
        // Jasa Marga's first release (Kompas.com) and its later count (tempo.co), 15 September 2019
        var first = quote("Irra Susiyanti", QuoteKind.DIRECT, "Terdapat tiga korban jiwa dan langsung dilarikan ke RSUD "
                + "Ciawi");
        var later = quote("Irra Susianty", QuoteKind.DIRECT, "Tiga korban meninggal dunia langsung dibawa ke RSUD Ciawi, "
                + "lima orang yang dibawa ke RS EMC Sentul terdiri atas tiga orang luka berat dan dua orang luka ringan, "
                + "serta satu orang luka berat di bawa ke RS Bina Husada Cibinong");
        assertThat(later.figures().ofPeople()).containsExactlyInAnyOrder(3.0, 5.0, 2.0, 1.0);
        assertThat(QuoteGrouper.sameStatement(first, later)).isFalse();
    }

    @Test
    void aTimeOneOutletKeptIsNoFullerCount() {
        // the president on B.J. Habibie's death in okezone.com and sindonews.com, 11 September 2019
        var okezone = quote("Joko Widodo", QuoteKind.DIRECT, "Perkenankan saya atas nama seluruh rakyat Indonesia dan "
                + "pemerintah menyampaikan duka yang mendalam, menyampaikan bela sungkawa yang mendalam atas berpulangnya "
                + "ke rahmatullah bapak Profesor BJ Habibie tadi jam 18.05 WIB di RSPAD Gatot Subroto");
        var sindonews = quote("Joko Widodo", QuoteKind.DIRECT, "Innalillahi wa innailaihi raji'un perkenankan saya atas "
                + "nama pemerintah menyampaikan belasungkawa yang mendalam atas berpulangnya ke Rahmatullah Bapak "
                + "Profesor BJ Habibie, di RSPAD Gatot Subroto");
        assertThat(okezone.figures().ofPeople()).isEmpty();
        assertThat(QuoteGrouper.sameStatement(okezone, sindonews)).isTrue();
    }

    @Test
    void aCutQuoteKeepingTheTermsDatesIsTheSameStatement() {
        // Febri Diansyah on the travel ban of Melchias Markus Mekeng: tribunnews.com cuts, okezone.com quotes whole
        // (10 September 2019); four of the cut quote's six stems and its three figures stand in the whole
        var cut = quote("Febri Diansyah", "Yang bersangkutan dicegah selama 6 bulan ke depan terhitung Selasa, "
                + "10 September 2019");
        var whole = quote("Febri Diansyah", "KPK melakukan pelarangan ke luar negeri terhadap seseorang bernama "
                + "Melchias Markus Mekeng, Anggota DPR-RI selama 6 bulan ke depan terhitung Selasa, 10 September 2019");
        assertThat(QuoteGrouper.sameStatement(cut, whole)).isTrue();
    }

    @Test
    void sharedCountsOfPeopleDoNotMakeTwoReleasesOne() {
        // Jasa Marga's first and later word on the Jagorawi crash (15 September 2019): the three dead are in both
        var first = quote("Irra Susiyanti", QuoteKind.INDIRECT, "dalam kecelakaan itu terdapat tiga orang meninggal dunia");
        var later = quote("Irra Susiyanti", "Kecelakaan tunggal itu mengakibatkan tiga tewas dan enam lainnya terluka");
        assertThat(QuoteGrouper.sameStatement(first, later)).isFalse();
    }

    @Test
    void aRootAndItsPrefixedFormAreOneStem() {
        // the police officer's "menilang" and the driver's "tilang" (Pasar Minggu, 16 September 2019)
        assertThat(QuoteGrouper.stems("menilang")).isEqualTo(QuoteGrouper.stems("tilang"));
        assertThat(QuoteGrouper.stems("meningkat")).isEqualTo(QuoteGrouper.stems("tingkat"));
        // the stripped "empat" of "menempatkan" is the number four: "tempat" is not listed
        assertThat(QuoteGrouper.stems("menempatkan")).isNotEqualTo(QuoteGrouper.stems("tempat"));
    }

    @Test
    void twoStatementsOfOneArticleSharingTheirTopicStayTwoGroups() {
        // the president on furniture exports, 10 September 2019: tempo.co gives the trade war and the call for concrete
        // policy as two statements in two articles; the five stems they share (ekspor mebel produk kayu rotan) are his
        // topic that day, not one statement
        String tradeWar = "Indonesia harus bisa memanfaatkan perang dagang antara Amerika Serikat dan Cina untuk "
                + "meningkatkan ekspor mebel, produk kayu dan rotan";
        String policy = "ada kebijakan konkret yang diberikan kementerian untuk mendorong ekspor mebel produk kayu dan "
                + "rotan ini";
        List<QuoteGroup> groups = group(List.of(
                article(0, "tempo-3475", quote("Jokowi", QuoteKind.INDIRECT, tradeWar),
                        quote("Jokowi", QuoteKind.INDIRECT, policy)),
                article(1, "tempo-3763", quote("Joko Widodo", QuoteKind.INDIRECT, tradeWar),
                        quote("Joko Widodo", QuoteKind.INDIRECT, policy))));
        assertThat(groups).hasSize(2).allSatisfy(g -> assertThat(g.members()).hasSize(2)
                .extracting(m -> m.index()).containsOnly(g.members().get(0).index()));
    }

    @Test
    void aCallAndAnOpeningOfOneArticleSharingOnlyTheTopicOfAnotherArticleStayTwoGroups() {
        // tempo.co-2517 opens with the president's direct words and later retells his call for concrete steps
        // (10 September 2019); tempo.co-3475 gives the same call beside his word on the trade war, so the wares they
        // name are his topic that day, and sindonews.com quotes the opening
        String opening = "Sore hari ini saya ingin lebih mengkonkretkan lagi kebutuhan-kebutuhan yang ada terutama dalam "
                + "rangka peningkatan ekspor mebel dan produk-produk kayu dan rotan dari negara kita karena kita lihat "
                + "ada sebuah peluang besar yang bisa kita manfaatkan dalam waktu ke depan";
        String call = "ada langkah konkret yang diberikan kementerian untuk mendorong ekspor mebel produk kayu dan rotan";
        String tradeWar = "Indonesia harus bisa memanfaatkan perang dagang antara Amerika Serikat dan Cina untuk "
                + "meningkatkan ekspor mebel, produk kayu dan rotan";
        String policy = "ada kebijakan konkret yang diberikan kementerian untuk mendorong ekspor mebel produk kayu dan "
                + "rotan ini";
        String sindonews = "Kita melihat ada sebuah peluang besar yang bisa kita manfaatkan dalam waktu ke depan. Dan saya "
                + "juga mendapatkan informasi yang sangat detail dari World Bank bahwa mebel, produk kayu dan rotan adalah "
                + "kesempatan besar untuk masuk ke pasar terutama yang berkaitan dengan perang dagang";
        List<QuoteGroup> groups = group(List.of(
                article(0, "tempo-2517", quote("Joko Widodo", QuoteKind.DIRECT, opening),
                        quote("Joko Widodo", QuoteKind.INDIRECT, call)),
                article(1, "sindonews-1569", quote("Joko Widodo", QuoteKind.DIRECT, sindonews)),
                article(2, "tempo-3475", quote("Jokowi", QuoteKind.INDIRECT, tradeWar),
                        quote("Jokowi", QuoteKind.INDIRECT, policy))));
        assertThat(groups).extracting(g -> g.members().stream().map(m -> m.article() + "/" + m.index()).toList())
                .containsExactlyInAnyOrder(List.of("tempo-2517/0", "sindonews-1569/0"),
                        List.of("tempo-2517/1", "tempo-3475/1"));
    }

    @Test
    void aComplaintAndToleranceKeepOneStemWhateverTheirAffixes() {
        // Darmin Nasution on the furniture makers, 10 September 2019: tempo.co's "para pengusaha mebel mengeluh soal
        // pengenaan pajak pertambahan nilai" and the quoted "Pengusaha juga keluhkan, masak kayu log kena PPN?"
        assertThat(QuoteGrouper.stems("mengeluh")).isEqualTo(QuoteGrouper.stems("keluhkan"))
                .isEqualTo(QuoteGrouper.stems("keluhan"));
        // the deputy mayor of Tangerang Selatan, 14 September 2019: "tidak akan toleran" and "tak akan memberi toleransi"
        assertThat(QuoteGrouper.stems("toleran")).isEqualTo(QuoteGrouper.stems("toleransi"));
    }

    /**
     * The deputy mayor of Tangerang Selatan on an invitation to a party he calls a hoax, 14 September 2019: tempo.co's
     * quote speaks of "kegiatan tersebut", his words to okezone.com of "acara semacam ini"; read as one word, the
     * shorter shares five of its six stems with the longer and is a cut of it.
     */
    @Test
    void anEventIsOneThingWhetherCalledKegiatanOrAcara() {
        var tempo = quote("Benyamin Davnie", QuoteKind.DIRECT, "Pemerintah kota Tangerang Selatan tidak akan toleran "
                + "dan tidak akan pernah memberikan izin bagi kegiatan tersebut");
        var okezone = quote("Benyamin Davnie", QuoteKind.DIRECT, "Yang jelas, kami Pemkot Tangsel tak akan memberi "
                + "toleransi kalau ada acara semacam ini. Saya sudah perintahkan Satpol PP cek, dan hasilnya memang "
                + "undangan itu hoax");
        assertThat(QuoteGrouper.stems("kegiatan")).isEqualTo(QuoteGrouper.stems("acara"));
        assertThat(QuoteGrouper.sameQuote(tempo, okezone)).isTrue();
    }

    /**
     * Pantas Nainggolan on the proposal of more than one deputy governor, 10-11 September 2019: sindonews.com quotes
     * him, tempo.co retells him in other words that keep Sutiyoso and the four deputies. Two retellings of Jasa Marga's
     * word on the Jagorawi crash (15 September 2019) that share only the dead they count and the hospital stay apart.
     */
    @Test
    void aRetellingKeepingTheQuotesFigureAndNameIsTheSameStatement() {
        var quoted = quote("Pantas Nainggolan", QuoteKind.DIRECT, "Usulan itu muncul karena dalam kenyataannya sampai "
                + "dengan Sutiyoso, Wagub DKI itu ada empat. Dan itu didukung oleh otonomi DKI yang ada di tingkat "
                + "provinsi");
        var retold = quote("Pantas Nainggolan", QuoteKind.INDIRECT, "usulan tersebut diungkapkan karena melihat "
                + "pemerintah DKI saat dijabat Sutiyoso mempunyai empat wakil gubernur");
        assertThat(QuoteGrouper.sameQuote(quoted, retold)).isFalse();
        assertThat(QuoteGrouper.retoldWithFiguresAndName(quoted, retold)).isTrue();
        var firstWord = quote("Irra Susiyanti", QuoteKind.INDIRECT, "berdasarkan laporan awal ada tiga korban jiwa yang "
                + "langsung dilarikan ke RSUD Ciawi");
        var laterRelease = quote("Irra Susiyanti", QuoteKind.DIRECT, "Tiga orang korban meninggal dunia langsung dibawa "
                + "ke RSUD Ciawi, lima orang yang dibawa ke RS EMC Sentul merupakan tiga orang luka berat dan 2 orang luka "
                + "ringan, serta satu orang luka berat di bawa ke RS Bina Husada Cibinong");
        assertThat(QuoteGrouper.retoldWithFiguresAndName(firstWord, laterRelease)).isFalse();
    }

    /**
     * Ayu Ting Ting on a contestant, sindonews.com, September 2019: a speaker whose name gives one word twice still
     * has the other names of her quote read, her own left out.
     */
    @Test
    void aSpeakerWhoseNameRepeatsAWordKeepsTheOtherNamesOfHerQuote() {
        var judge = quote("Ayu Ting Ting", QuoteKind.DIRECT, "Yang paling menarik perhatian tidak ada yang lain yakni "
                + "Arci karena Arci beda banget. Sebelumnya saya belum pernah denger Arci nyanyi lagu dangdut");
        assertThat(QuoteGrouper.namesWithin(judge)).containsExactly("arci");
    }

    /** Bambang Brodjonegoro on the new capital's jobs, 16 September 2019: sindonews.com glues the currency to the sum. */
    @Test
    void aCurrencyGluedToItsSumIsNoPartOfTheFigure() {
        assertThat(QuoteGrouper.figures("setiap Rp1 triliun investasi sektor konstruksi akan membutuhkan 14.000 tenaga "
                + "kerja").all()).containsExactlyInAnyOrder(1.0, 14000.0);
    }

    /**
     * Ma'ruf Amin on Habibie's last days, 11 September 2019: tempo.co retells the start of his account and quotes its
     * end, okezone.com quotes it whole. The two halves of one article join the whole as one group.
     */
    @Test
    void aStatementOneArticleRetellsInPartAndQuotesInPartIsOneGroup() {
        var retold = quote("Ma'ruf Amin", QuoteKind.INDIRECT, "mengetahui keadaan Habibie kritis kemarin pagi sekitar "
                + "pukul 08.30");
        var quoted = quote("Ma'ruf Amin", QuoteKind.DIRECT, "Memang beliau ditidurkan dalam istilahnya, karena "
                + "jantungnya berat kemudian ginjal sudah tidak berfungsi sehingga dibantu mesin");
        var whole = quote("Ma'ruf Amin", QuoteKind.DIRECT, "Kemarin waktu saya jam 08.30 pagi saat diberi tahu Pak "
                + "Habibie agak kritis, saya langsung ke RSPAD. Memang Beliau ditidurkan dalam istilahnya, karena "
                + "jantungnya berat, kemudian ginjal sudah tidak berfungsi, sehingga dibantu mesin");
        List<QuoteGroup> groups = group(List.of(article(0, "tempo-3876", retold, quoted),
                article(1, "okezone-3450", whole)));
        assertThat(groups).extracting(QuoteGrouperTest::memberKeys)
                .containsExactly(List.of("tempo-3876#0", "tempo-3876#1", "okezone-3450#0"));
    }

    /**
     * Pantas Nainggolan on the deputy governors, 10 September 2019: tempo.co retells his answer in two sentences in a
     * row, okezone.com quotes it whole; both sentences join the whole's group. With another speaker's sentence between
     * them they are two statements of his, and the second stays out.
     */
    @Test
    void twoSentencesInARowRetellingAQuoteGivenWholeAreOneGroup() {
        var proposal = quote("Pantas Nainggolan", QuoteKind.INDIRECT, "Dalam rapat pembahasan tatib DPRD DKI, kata dia, "
                + "mencuat usulan agar wagub DKI lebih dari satu orang");
        var sutiyoso = quote("Pantas Nainggolan", QuoteKind.INDIRECT, "usulan tersebut diungkapkan karena melihat "
                + "pemerintah DKI saat dijabat Sutiyoso mempunyai empat wakil gubernur");
        var whole = quote("Pantas Nainggolan", QuoteKind.DIRECT, "Tapi usulan itu (posisi wagub diisi lebih dari satu "
                + "orang) muncul karena dalam kenyataannya sampai dengan Sutiyoso, Wagub DKI itu ada 4 dan itu didukung "
                + "oleh otonomi DKI yang ada di tingkat provinsi");
        assertThat(group(List.of(article(0, "tempo-3225", proposal, sutiyoso), article(1, "okezone-4179", whole))))
                .extracting(QuoteGrouperTest::memberKeys)
                .containsExactly(List.of("tempo-3225#0", "tempo-3225#1", "okezone-4179#0"));
        var between = quote("Ahmad Syaikhu", QuoteKind.INDIRECT, "jadwal sementara pelantikan anggota DPR RI terpilih "
                + "adalah 1 Oktober 2019");
        assertThat(group(List.of(article(0, "tempo-3225", proposal, between, sutiyoso), article(1, "okezone-4179", whole))))
                .extracting(QuoteGrouperTest::memberKeys)
                .containsExactly(List.of("tempo-3225#0", "okezone-4179#0"));
    }

    /**
     * Jasa Marga's first word on the Jagorawi toll road crash, 15 September 2019: tempo.co gives it in two sentences in a
     * row, the dead and the hurt, and okezone.com quotes it whole. The hurt's hospitals are named in the company's later
     * release too (Kompas.com, tempo.co), but the sentence is cut from the first word, with the dead next to it.
     */
    @Test
    void aSentenceCutFromAWholeWithTheSentenceNextToItJoinsTheWholesGroup() {
        String irra = "Irra Susiyanti";
        var okezone = article(0, "okezone-3649",
                quote(irra, QuoteKind.INDIRECT, "dalam kecelakaan itu terdapat tiga orang meninggal dunia", 501),
                quote(irra, QuoteKind.INDIRECT, "korban meninggal dunia dan luka-luka itu langsung dilarikan ke Rumah Sakit "
                        + "(RS) terdekat untuk dilakukan penanganan medis", 629),
                quote(irra, QuoteKind.DIRECT, "Terdapat 3 korban jiwa dan langsung dilarikan ke RSUD Ciawi. Korban "
                        + "luka-luka dibawa ke RS EMC Sentul dan RS Bina Husada Cibinong", 754));
        var tempo = article(1, "tempo-2769",
                quote(irra, QuoteKind.DIRECT, "Terdapat tiga korban jiwa dan langsung dilarikan ke RSUD Ciawi", 400),
                quote(irra, QuoteKind.INDIRECT, "Korban luka, menurut Irra, dibawa ke Rumah Sakit EMC Sentul dan RS Bina "
                        + "Husada Cibinong", 603));
        var kompas = article(2, "kompas-1228",
                quote(irra, QuoteKind.INDIRECT, "korban luka berat dan luka ringan dibawa ke Rumah Sakit EMC Sentul dan "
                        + "Rumah Sakit Bina Husada Cibinong untuk jalani perawatan", 300),
                quote(irra, QuoteKind.DIRECT, "Tiga orang korban meninggal dunia langsung dibawa ke RSUD Ciawi, lima orang "
                        + "yang dibawa ke RS EMC Sentul merupakan tiga orang luka berat dan 2 orang luka ringan, serta satu "
                        + "orang luka berat di bawa ke RS Bina Husada Cibinong", 482));
        assertThat(group(List.of(okezone, tempo, kompas))).extracting(QuoteGrouperTest::memberKeys)
                .contains(List.of("okezone-3649#0", "okezone-3649#1", "okezone-3649#2", "tempo-2769#0", "tempo-2769#1"));
    }

    /**
     * The same release, 15 September 2019: Kompas.com quotes the cause and retells the count in the next sentence, and
     * another Kompas.com report quotes cause, count and hospitals as one. The count stays with the other outlets' counts,
     * themselves cut from that whole, not with the cause the whole opens with.
     */
    @Test
    void aSentenceGroupedWithAnotherCutOfTheWholeStaysInItsGroup() {
        String irra = "Irra Susiyanti";
        String count = "Terdapat tiga korban jiwa dan langsung dilarikan ke RSUD Ciawi";
        String cause = "Penyebab kecelakaan adalah pecah ban belakang, sehingga kendaraan oleng dan terguling";
        var kompas1012 = article(0, "kompas-1012",
                quote(irra, QuoteKind.DIRECT, "Penyebab kecelakaan adalah , belakang sehingga kendaran oleng dan terguling. "
                        + "Jenis mobilnya APV dengan nomor polisi F 1196 DH", 400),
                quote(irra, QuoteKind.INDIRECT, "berdasarkan laporan awal ada tiga korban jiwa yang langsung dilarikan ke "
                        + "RSUD Ciawi", 560));
        var kompas987 = article(1, "kompas-987", quote(irra, QuoteKind.DIRECT, count, 300),
                quote(irra, QuoteKind.DIRECT, cause, 900));
        var kompas906 = article(2, "kompas-906", quote(irra, QuoteKind.DIRECT, cause + ". " + count + ". Korban luka-luka "
                + "dibawa ke RS EMC Sentul dan RS Bina Husada Cibinong", 300));
        assertThat(group(List.of(kompas1012, kompas987, kompas906))).extracting(QuoteGrouperTest::memberKeys)
                .contains(List.of("kompas-1012#1", "kompas-987#0"));
    }

    @Test
    void twoRetellingsOfOneChanceInTwoWordsForItAreOneStatement() {
        // Susy Susanti before the China Open: okezone.com's "kans", tempo.co's "peluang" (15 September 2019)
        var okezone = quote("Susy Susanti", QuoteKind.INDIRECT, "ada dua nomor lain yang juga memiliki kans untuk "
                + "menyegel gelar juara di turnamen berlevel Super 1000 itu");
        var tempo = quote("Susy Susanti", QuoteKind.INDIRECT, "sektor ganda putra memiliki peluang besar untuk merebut "
                + "gelar juara dalam turnamen tersebut");
        assertThat(QuoteGrouper.sameStatement(okezone, tempo)).isTrue();
    }

    @Test
    void twoSpellingsOfOneVerbAreOneStem() {
        // Agus Rahardjo on the "Taliban" talk: tempo.co and sindonews.com spell the verb two ways (16 September 2019)
        assertThat(QuoteGrouper.stems("isu itu tujuannya untuk mendiskreditkan KPK"))
                .isEqualTo(QuoteGrouper.stems("isu itu tujuannya untuk mendeskreditkan KPK"));
    }

    private static final String LEMBONG_QUOTED = "Pak Presiden, saya akan ngeyel. Saya boleh marah. Saya sudah dikasih "
            + "izin Pak Presiden untuk marah-marah";
    private static final String LEMBONG_RETOLD = "sudah diberi izin oleh Presiden Joko Widodo atau untuk marah-marah";
    private static final String LEMBONG_SINDONEWS = "dirinya sudah mendapat izin oleh Presiden untuk menegur atau marah "
            + "kepada para menteri yang membuat terlampau banyak peraturan yang tidak produktif itu";

    @Test
    void aRetellingLooselyAgreeingWithMostOfAGroupJoinsIt() {
        // Thomas Lembong's leave from the president to be angry: two tempo.co articles quote and retell it, and
        // sindonews.com retells it sharing three stems with each (CLICK-ID week, 10-16 September 2019)
        var tempo = article(0, "tempo-3432", quote("Thomas Lembong", QuoteKind.DIRECT, LEMBONG_QUOTED));
        var tempoRetold = article(1, "tempo-563", quote("Thomas Lembong", QuoteKind.INDIRECT, LEMBONG_RETOLD),
                quote("Thomas Lembong", QuoteKind.DIRECT, LEMBONG_QUOTED));
        var sindonews = article(2, "sindonews-2455", quote("Thomas Lembong", QuoteKind.INDIRECT, LEMBONG_SINDONEWS));
        assertThat(group(List.of(tempo, tempoRetold, sindonews))).extracting(QuoteGrouperTest::memberKeys)
                .containsExactly(List.of("tempo-3432#0", "tempo-563#0", "tempo-563#1", "sindonews-2455#0"));
    }

    @Test
    void oneLooselyAgreeingPairIsNoStatement() {
        var tempoRetold = article(0, "tempo-563", quote("Thomas Lembong", QuoteKind.INDIRECT, LEMBONG_RETOLD));
        var sindonews = article(1, "sindonews-2455", quote("Thomas Lembong", QuoteKind.INDIRECT, LEMBONG_SINDONEWS));
        assertThat(group(List.of(tempoRetold, sindonews))).isEmpty();
    }

    @Test
    void twoGroupsEachGivenByTwoArticlesDoNotJoinByLooseAgreement() {
        // Sarwo Edhy's bag codes and his call to supervise subsidised fertiliser (11-14 September 2019): each given
        // alike by two outlets, two sentences of one occasion sharing "penyaluran", "pupuk" and "baik"
        String codes = "Kedua, penyaluran dan distribusi sudah dilakukan dengan lebih baik. Dengan adanya bag code yang "
                + "sangat efektif sehingga alokasi pupuk tiap daerah tidak akan tertukar";
        String supervision = "penyaluran pupuk bersubsidi harus diawasi dengan baik";
        var sindonews = article(0, "sindonews-1881", quote("Sarwo Edhy", QuoteKind.DIRECT, codes));
        var okezone = article(1, "okezone-2224", quote("Sarwo Edhy", QuoteKind.DIRECT, codes));
        var sindonewsLater = article(2, "sindonews-2586", quote("Sarwo Edhy", QuoteKind.INDIRECT, supervision));
        var okezoneLater = article(3, "okezone-155", quote("Sarwo Edhy", QuoteKind.INDIRECT, supervision));
        assertThat(group(List.of(sindonews, okezone, sindonewsLater, okezoneLater)))
                .extracting(QuoteGrouperTest::memberKeys).containsExactlyInAnyOrder(
                        List.of("sindonews-1881#0", "okezone-2224#0"), List.of("sindonews-2586#0", "okezone-155#0"));
    }

    /** An article of an outlet published on a day, as the lone renderings' rule reads them. */
    private static ArticleProfile article(int seq, String id, String outlet, LocalDate day,
            ArticleProfile.QuoteForm... quotes) {
        return new ArticleProfile(seq, id, outlet, day, null, List.of(), day, "", new int[0], new float[0],
                new int[0], new float[0], new int[0], List.of(quotes), List.of(), null, 0, null, 0, new int[0], new int[0],
                new int[0], HappeningKinds.NONE, new int[0], null, null, null, null);
    }

    private static final LocalDate SEPTEMBER_16 = LocalDate.of(2019, 9, 16);
    // Ammar Zoni on his wife's health (Kompas.com and okezone.com, 16 September 2019)
    private static final String AMMAR_QUOTED = "Jadi katanya ada indikasi infeksi di saluran kemih. Tapi sesudah "
            + "pengembangan selama tiga hari nggak ada apa-apa, semuanya aman. Cuma kecapekan aja";
    private static final String AMMAR_RETOLD = "ada indikasi infeksi di saluran kemih pada perempuan yang akrab disapa "
            + "Ibel tersebut";

    @Test
    void renderingsInNoGroupSharingTheStatementsRareWordsAreOneStatement() {
        var kompas = article(0, "kompas-642", "Kompas.com", SEPTEMBER_16,
                quote("Ammar Zoni", QuoteKind.DIRECT, AMMAR_QUOTED));
        var okezone = article(1, "okezone-1355", "okezone.com", SEPTEMBER_16,
                quote("Ammar Zoni", QuoteKind.INDIRECT, AMMAR_RETOLD));
        assertThat(group(List.of(kompas, okezone))).extracting(QuoteGrouperTest::memberKeys)
                .containsExactly(List.of("kompas-642#0", "okezone-1355#0"));
    }

    @Test
    void renderingsOfOtherDaysOrOfOneOutletStayApart() {
        var kompas = article(0, "kompas-642", "Kompas.com", SEPTEMBER_16,
                quote("Ammar Zoni", QuoteKind.DIRECT, AMMAR_QUOTED));
        var retold = quote("Ammar Zoni", QuoteKind.INDIRECT, AMMAR_RETOLD);
        assertThat(group(List.of(kompas, article(1, "okezone-1355", "okezone.com", SEPTEMBER_16.plusDays(1),
                retold)))).isEmpty();
        assertThat(group(List.of(kompas, article(1, "kompas-1355", "Kompas.com", SEPTEMBER_16, retold)))).isEmpty();
    }

    @Test
    void aRenderingAsCloseToTwoQuotesOfAnotherReportJoinsNeither() {
        // Airlangga Hartarto on tariffs from upstream to downstream (sindonews.com and tempo.co, 16 September 2019),
        // then with the quote's last sentence given again apart: either may be the one retold
        String quoted = "Dengan adanya trade war ini, China cari pasar. Nah, yang paling besar, dekat dan menjanjikan "
                + "itu kan di Indonesia. Jadi perlu harmonisasi tarif dari hulu sampai ke hilir";
        var tempo = article(1, "tempo-3493", "tempo.co", SEPTEMBER_16, quote("Airlangga Hartarto", QuoteKind.DIRECT,
                "Tadi saya laporkan kita sedang mengkaji harmonisasi bea masuk dari hulu sampai ke hilir, ini masih "
                        + "dalam proses"));
        var sindonews = article(0, "sindonews-1350", "sindonews.com", SEPTEMBER_16,
                quote("Airlangga Hartarto", QuoteKind.DIRECT, quoted));
        assertThat(group(List.of(sindonews, tempo))).extracting(QuoteGrouperTest::memberKeys)
                .containsExactly(List.of("sindonews-1350#0", "tempo-3493#0"));
        var twice = article(0, "sindonews-1350", "sindonews.com", SEPTEMBER_16,
                quote("Airlangga Hartarto", QuoteKind.DIRECT, quoted),
                quote("Airlangga Hartarto", QuoteKind.DIRECT, "Jadi perlu harmonisasi tarif dari hulu sampai ke hilir"));
        assertThat(group(List.of(twice, tempo))).isEmpty();
    }

    @Test
    void renderingsSharingOnlyNamesAreTwoStatements() {
        // Titi Sumawijaya Empel on Andrew Darwis's loan and on her questions to the police (tempo.co and okezone.com,
        // 16 September 2019)
        var tempo = article(0, "tempo-3260", "tempo.co", SEPTEMBER_16, quote("Titi Sumawijaya Empel",
                QuoteKind.INDIRECT, "Andrew Darwis telah mengagunkan sertifikat gedung miliknya ke Bank UOB untuk "
                        + "meminjam uang sebesar Rp 18 miliar"));
        var okezone = article(1, "okezone-1500", "okezone.com", SEPTEMBER_16, quote("Titi Sumawijaya Empel",
                QuoteKind.DIRECT, "Pertanyaannya tentang kronologi awal pinjam meminjam itu seperti apa sampai bisa "
                        + "balik nama ke Andrew Darwis dan klarifikasi bukti-bukti yang diserahkan tadi"));
        assertThat(group(List.of(tempo, okezone))).isEmpty();
    }

    // Fahri Hamzah on swearing in the new KPK leaders (Kompas.com and okezone.com, 16 September 2019): each outlet
    // retells his word and quotes it right after
    private static final String FAHRI_QUOTED = "Itu (pimpinan KPK) juga bisa sekaligus dilantik lima-limanya tidak ada "
            + "masalah. Secara UU itu tidak salah. Sebab Keppres hanya mengatur kapan dia dimulai (bertugas)";
    private static final String FAHRI_KOMPAS = "pelantikan lima pimpinan KPK sebelum waktunya tidak melanggar hukum";
    private static final String FAHRI_OKEZONE = "Bahkan, kata Fahri, pelantikan pimpinan KPK terpilih lebih cepat dari "
            + "waktu yang ada tidak melanggar aturan";

    @Test
    void leadsRetellingTheQuoteAfterThemInTwoArticlesAreOneStatementWithIt() {
        var kompas = article(0, "kompas-703", "Kompas.com", SEPTEMBER_16,
                quote("Fahri", QuoteKind.INDIRECT, FAHRI_KOMPAS), quote("Fahri", QuoteKind.DIRECT, FAHRI_QUOTED));
        var okezone = article(1, "okezone-1047", "okezone.com", SEPTEMBER_16,
                quote("Fahri Hamzah", QuoteKind.INDIRECT, FAHRI_OKEZONE),
                quote("Fahri Hamzah", QuoteKind.DIRECT, FAHRI_QUOTED));
        assertThat(group(List.of(kompas, okezone))).extracting(QuoteGrouperTest::memberKeys)
                .containsExactly(List.of("kompas-703#0", "kompas-703#1", "okezone-1047#0", "okezone-1047#1"));
    }

    @Test
    void aLeadAndAQuoteInARowInOneArticleOnlyStayTwoStatements() {
        var kompas = article(0, "kompas-703", "Kompas.com", SEPTEMBER_16,
                quote("Fahri", QuoteKind.INDIRECT, FAHRI_KOMPAS), quote("Fahri", QuoteKind.DIRECT, FAHRI_QUOTED));
        var okezone = article(1, "okezone-1047", "okezone.com", SEPTEMBER_16,
                quote("Fahri Hamzah", QuoteKind.INDIRECT, FAHRI_OKEZONE),
                quote("Laode Muhammad Syarif", QuoteKind.INDIRECT, "menyerahkan mandat pengelolaan KPK kepada Presiden"),
                quote("Fahri Hamzah", QuoteKind.DIRECT, FAHRI_QUOTED));
        assertThat(group(List.of(kompas, okezone))).extracting(QuoteGrouperTest::memberKeys).containsExactlyInAnyOrder(
                List.of("kompas-703#0", "okezone-1047#0"), List.of("kompas-703#1", "okezone-1047#2"));
    }

    // Anies Baswedan on more deputy governors (Kompas.com and tempo.co, 16 September 2019)
    private static final String ANIES_KOMPAS_LEAD = "aturan yang mengatur banyaknya , Jakarta ada di Undang-Undang dan "
            + "tidak bisa mengikuti sesuai selera";
    private static final String ANIES_KOMPAS_QUOTED = "Kalau itu Undang-Undang. Jadi, itu diatur bukan selera gubernur, "
            + "bukan selera anggota DPRD, tapi itu diatur menggunakan perundang-undangan";
    private static final String ANIES_TEMPO_QUOTED = "Kalau itu undang-undang, Jadi itu diatur bukan selera gubernur, "
            + "bukan selera anggota DPRD tapi diatur dalam undang-undang";

    @Test
    void aLeadNoOtherArticleRendersJoinsTheGroupOfTheQuoteItRetellsRightAfterIt() {
        var kompas = article(0, "kompas-481", "Kompas.com", SEPTEMBER_16,
                quote("Anies", QuoteKind.INDIRECT, ANIES_KOMPAS_LEAD),
                quote("Anies", QuoteKind.DIRECT, ANIES_KOMPAS_QUOTED));
        var tempo = article(1, "tempo-2553", "tempo.co", SEPTEMBER_16,
                quote("Anies Baswedan", QuoteKind.DIRECT, ANIES_TEMPO_QUOTED));
        assertThat(group(List.of(kompas, tempo))).extracting(QuoteGrouperTest::memberKeys)
                .containsExactly(List.of("kompas-481#0", "kompas-481#1", "tempo-2553#0"));
    }

    @Test
    void aLeadThatDoesNotRetellTheQuoteAfterItStaysOutOfItsGroup() {
        // the same quotes after Kompas.com's retelling of his earlier word on the aspirations of the city council
        var kompas = article(0, "kompas-481", "Kompas.com", SEPTEMBER_16,
                quote("Anies", QuoteKind.INDIRECT, "aspirasi anggota dewan bisa disampaikan kepada pemerintah pusat"),
                quote("Anies", QuoteKind.DIRECT, ANIES_KOMPAS_QUOTED));
        var tempo = article(1, "tempo-2553", "tempo.co", SEPTEMBER_16,
                quote("Anies Baswedan", QuoteKind.DIRECT, ANIES_TEMPO_QUOTED));
        assertThat(group(List.of(kompas, tempo))).extracting(QuoteGrouperTest::memberKeys)
                .containsExactly(List.of("kompas-481#1", "tempo-2553#0"));
    }

    @Test
    void aLeadRetellsTheQuoteAfterItByTheWordsItSharesBeyondItsAttribution() {
        assertThat(QuoteGrouper.leadRetells(quote("Fahri Hamzah", QuoteKind.INDIRECT, FAHRI_OKEZONE),
                quote("Fahri Hamzah", QuoteKind.DIRECT, FAHRI_QUOTED))).isTrue();
        assertThat(QuoteGrouper.leadRetells(quote("Fahri Hamzah", QuoteKind.INDIRECT, "sebagian anggota dewan pun "
                + "mempunyai pandangan yang sama dengannya"), quote("Fahri Hamzah", QuoteKind.DIRECT, FAHRI_QUOTED)))
                .isFalse();
        // Fredy Yudha on a baby left in Bogor (Kompas.com and tribunnews.com): the lead's day is no word of the quote
        assertThat(QuoteGrouper.leadRetells(quote("Fredy Yudha", QuoteKind.INDIRECT, "RF membuang bayinya pada Minggu "
                + "(5/9/2019) malam"), quote("Fredy Yudha", QuoteKind.DIRECT, "Jadi sebelum membuang RF ini sepertinya "
                + "sempat ingin mengubur bayi. Ini terlihat saat bayi ditemukan itu ada tanahnya seperti bekas galian "
                + "dengan kedalaman 10 sentimeter"))).isFalse();
    }

    /** A group's members as {@code article#index}, the way the assertions list them. */
    private static List<String> memberKeys(QuoteGroup g) {
        return g.members().stream().map(m -> m.article() + "#" + m.index()).toList();
    }
}
