package id.kabar.annotate.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.kabar.model.EntityType;
import id.kabar.model.Quote;
import id.kabar.model.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndirectQuoteFinderTest {

    @Test
    void mengatakanBahwaReportsTheClauseAfterBahwa() {
        String body = "Namun, Zelensky mengatakan bahwa Rusia juga menyerbu area-area sipil.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Volodymyr Zelensky", "Zelensky").loc("Rusia").list());
        assertThat(quotes).extracting(Quote::kind, Quote::speaker, Quote::cue, Quote::text)
                .containsExactly(tuple(QuoteKind.INDIRECT, "Volodymyr Zelensky", "mengatakan", "Rusia juga menyerbu area-area sipil"));
    }

    /** suara.com (IndoSum, 19 November 2016): proclaiming reports the clause bahwa brings in, not a thing called for. */
    @Test
    void menyerukanReportsOnlyAClauseAfterBahwa() {
        String body = "Petahana Calon Wakil Gubernur DKI Jakarta Djarot Saiful Hidayat menyerukan bahwa makna kemerdekaan"
                + " bukanlah milik golongan tertentu saja. Namun, sejumlah warga telah berkumpul di jalan yang akan"
                + " dilalui Djarot. Mereka menyerukan penolakan.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Djarot Saiful Hidayat", "Djarot")
                .loc("DKI Jakarta").list());
        assertThat(quotes).extracting(Quote::speaker, Quote::cue, Quote::text).containsExactly(tuple(
                "Djarot Saiful Hidayat", "menyerukan", "makna kemerdekaan bukanlah milik golongan tertentu saja"));
    }

    /**
     * okezone.com: a fronted passive of admitting names its speaker after {@code oleh}, and {@code kalau} stands for
     * bahwa after it.
     */
    @Test
    void aFrontedDiakuiNamesItsSpeaker() {
        String body = "Diakui oleh Klopp kalau kegagalan yang terjadi musim lalu adalah hal yang pahit.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Klopp").list());
        assertThat(quotes).extracting(Quote::speaker, Quote::cue, Quote::text).containsExactly(
                tuple("Klopp", "diakui", "kegagalan yang terjadi musim lalu adalah hal yang pahit"));
    }

    /**
     * tribunnews.com (10/9/2019): a cue and its speaker set into the report after a short opening, with no comma
     * after the name; what stands before the cue alone is too short to be the report.
     */
    @Test
    void aCueSetInAfterAShortOpeningReportsTheWholeSentence() {
        String body = "Wakil Ketua MPR RI Dr. H. M. Hidayat Nur Wahid menyampaikan keprihatinan terkait kondisi moral "
                + "bangsa. Saat ini, kata Hidayat setiap hari media mengabarkan soal kejahatan keluarga yang dilakukan "
                + "anggota keluarga lainnya.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).org("MPR").per("Hidayat Nur Wahid", "Hidayat").list());
        assertThat(quotes).extracting(Quote::speaker, Quote::cue).contains(tuple("Hidayat Nur Wahid", "kata"));
        assertThat(quotes.get(quotes.size() - 1).text()).contains("setiap hari media mengabarkan soal kejahatan keluarga");
        String lost = "Aktivis pro-Demokrasi, , mengatakan Hong Kong terancam terkena penerapan undang-undang darurat.";
        assertThat(Found.quotes(lost, Entities.in(lost).loc("Hong Kong").list())).extracting(Quote::speaker)
                .doesNotContain("Hong Kong");
    }

    /**
     * tempo.co (14/9/2019): a relative clause naming a movement runs from the person's name to the verb; the name
     * opening the sentence is the speaker.
     */
    @Test
    void aNameDescribedByARelativeClauseUpToTheVerbIsTheSpeaker() {
        String body = "Yulianti yang juga masuk dalam Gerakan Masyarakat Sipil untuk sahkan RUU PKS mengatakan penolakan "
                + "terhadap pengesahan aturan ini sesungguhnya telah mempermainkan dan menyakiti perasaan seluruh korban di "
                + "seluruh Indonesia.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Yulianti").org("Gerakan Masyarakat Sipil")
                .loc("Indonesia").list());
        assertThat(quotes).extracting(Quote::speaker, Quote::text).containsExactly(tuple("Yulianti",
                "penolakan terhadap pengesahan aturan ini sesungguhnya telah mempermainkan dan menyakiti perasaan seluruh "
                        + "korban di seluruh Indonesia"));
    }

    /**
     * sindonews.com (16/9/2019): what a person says they will do, with no subject of its own, is what they said; the
     * title given a nickname points back to the governor named before.
     */
    @Test
    void aClauseOfWhatTheSpeakerWillDoIsReported() {
        String body = "Gubernur Jawa Barat Ridwan Kamil mengapresiasi gagasan penggantian nama bandara.\n\nBahkan, "
                + "Gubernur yang akrab disapa Emil itu mengaku akan menindaklanjuti serius usulan yang mencuat lewat situs "
                + "petisi Change.Org tersebut dengan cara membahasnya bersama DPRD Jabar.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).perTitled("Ridwan Kamil", "Gubernur Jawa Barat")
                .per("Emil").org("DPRD Jabar").list());
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("Ridwan Kamil");
            assertThat(q.text()).startsWith("akan menindaklanjuti serius usulan");
        });
    }

    /** okezone.com (12/9/2019): whom the speaker told, set after the name's commas, is not the speaker. */
    @Test
    void whomTheSpeakerToldAfterTheNamesCommasIsNoSpeaker() {
        String body = "Warga Parepare, Sekar Ayu Eka, kepada wartawan mengatakan masyarakat datang ke Alun-Alun Monumen "
                + "Cinta Sejati Habibie Ainun untuk mengenang atas kepergian seorang sosok inspiratif.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Sekar Ayu Eka").loc("Parepare")
                .loc("Alun-Alun Monumen Cinta Sejati Habibie Ainun").list());
        assertThat(quotes).extracting(Quote::speaker, Quote::cue).containsExactly(tuple("Sekar Ayu Eka", "mengatakan"));
    }

    @Test
    void bahwaAfterTimeAdjunctsStillStartsTheClause() {
        String body = "Menteri Pertahanan Moskow Sergei Shoigu mengatakan sebelumnya pada hari Selasa bahwa Rusia akan "
                + "melanjutkan serangannya di Ukraina, sampai “tujuannya tercapai.”";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Sergei Shoigu", "Shoigu").loc("Moskow")
                .loc("Rusia").loc("Ukraina").list());
        assertThat(quotes).extracting(Quote::speaker, Quote::text).containsExactly(tuple("Sergei Shoigu",
                "Rusia akan melanjutkan serangannya di Ukraina, sampai “tujuannya tercapai.”"));
    }

    @Test
    void organisationsAndCountriesSpeakAsOne() {
        String body = "Kremlin mengatakan terlalu dini untuk menarik kesimpulan dari putaran pertama pembicaraan. "
                + "AFP melaporkan bahwa pasukan Rusia mulai bergerak ke arah Kiev.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).org("Kremlin").org("AFP").loc("Rusia").loc("Kiev").list());
        assertThat(quotes).extracting(Quote::speaker, Quote::speakerType, Quote::cue).containsExactly(
                tuple("Kremlin", EntityType.ORG, "mengatakan"), tuple("AFP", EntityType.ORG, "melaporkan"));
    }

    @Test
    void unnamedGroupsSpeakAsTheirPhraseTypedOther() {
        String body = "Dia berbicara beberapa jam setelah pejabat Ukraina mengatakan tentara Rusia menembaki alun-alun "
                + "pusat kota kedua Ukraina, Kharkiv. Kantor presiden Ukraina mengatakan tujuan utama pembicaraan adalah "
                + "gencatan senjata.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).loc("Ukraina").loc("Rusia").loc("Kharkiv").list());
        assertThat(quotes).extracting(Quote::speaker, Quote::speakerType).containsExactly(
                tuple("pejabat Ukraina", EntityType.OTHER), tuple("Kantor presiden Ukraina", EntityType.OTHER));
    }

    @Test
    void menurutBeforeOrAfterTheClause() {
        String body = "Para pejabat dari Rusia dan Ukraina telah mengakhiri pembicaraan perdamaian mereka, menurut "
                + "pernyataan penasihat presiden Ukraina Mykhailo Podolyak.\n\n"
                + "Menurut dia, titik temu masih bisa dicari.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Mykhailo Podolyak", "Podolyak")
                .loc("Rusia").loc("Ukraina").list());
        assertThat(quotes).extracting(Quote::speaker, Quote::cue, Quote::text).containsExactly(
                tuple("Mykhailo Podolyak", "menurut", "Para pejabat dari Rusia dan Ukraina telah mengakhiri pembicaraan perdamaian mereka"),
                tuple("Mykhailo Podolyak", "menurut", "titik temu masih bisa dicari"));
    }

    @Test
    void menurutAJobTitleNamesItsHolderAfterTheComma() {
        // sindonews.com and kompas.com, September 2019: a rank and name set off after the title; a bare noun before
        // the comma is the speaker itself, and the name after it the clause's subject
        String body = "Menurut Komandan Pasukan Penjaga Pantai Charleston, Kapten John Reed, empat ABK tidak bisa "
                + "diselamatkan karena terjadi kebakaran di kapal sehingga tim penyelamat tidak memberikan pertolongan."
                + "\n\nMenurut polisi, Panji merupakan sopir dari mobil Innova.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("John Reed").loc("Charleston").per("Panji").list());
        assertThat(quotes).extracting(Quote::speaker, Quote::cue, Quote::text).containsExactly(
                tuple("John Reed", "menurut", "empat ABK tidak bisa diselamatkan karena terjadi kebakaran di kapal sehingga "
                        + "tim penyelamat tidak memberikan pertolongan"),
                tuple("polisi", "menurut", "Panji merupakan sopir dari mobil Innova"));
    }

    @Test
    void aTitleAfterTheNameOrADescriptionPointingBackIsNoHolder() {
        // okezone.com and tribunnews.com, September 2019
        String body = "Menurut Iptu Teguh Hidayat, Kapolsek Plakat Tinggi, atas perbuatannya pelaku bisa dijerat dengan pasal "
                + "338 KUHP.\n\nMenurut mantan pelatih Bhayangkara FC ini, Evan Dimas cs punya motivasi kuat untuk bangkit.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Teguh Hidayat").loc("Plakat Tinggi")
                .org("Bhayangkara FC").per("Evan Dimas").list());
        assertThat(quotes).extracting(Quote::speaker).first().isEqualTo("Teguh Hidayat");
        assertThat(quotes).extracting(Quote::text).last().isEqualTo("Evan Dimas cs punya motivasi kuat untuk bangkit");
    }

    @Test
    void aParagraphBreakWhereWordsWereLostIsNotCrossed() {
        // okezone.com, September 2019: a link taken out of the text left a break inside the sentence
        String body = "Menurut Hary Tanoe\n\nyang disediakan adalah akomodasi, penerbangan dan kereta api.";
        assertThat(Found.quotes(body, Entities.in(body).per("Hary Tanoe").list())).isEmpty();
    }

    @Test
    void aJobTitleCutByAParagraphBreakGoesOnToItsHolder() {
        // okezone.com, 15 September 2019: the scrape broke the title into two paragraphs, and no comma follows the name
        String body = "Kejadian kecelakaan tersebut diketahui dari postingan salah satu pengguna jalan yang melintas dan "
                + "merekam peristiwa kecelakaan. Menurut Marketing and Communication Department HeadPT Jasa Marga (Persero) Tbk"
                + "\n\nRegional JabodetabekJabar, Irra Susiyanti kecelakaan tunggal kendaraan AVP nopol F 1196 DH terjadi di "
                + "km 36+600 dari arah Bogor pada jalan tol Jagorawi, tepatnya pada pukul 08.30 WIB.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Irra Susiyanti")
                .loc("Bogor").loc("Jagorawi").list());
        assertThat(quotes).extracting(Quote::kind, Quote::speaker, Quote::cue, Quote::text).containsExactly(
                tuple(QuoteKind.INDIRECT, "Irra Susiyanti", "menurut", "kecelakaan tunggal kendaraan AVP nopol F 1196 DH "
                        + "terjadi di km 36+600 dari arah Bogor pada jalan tol Jagorawi, tepatnya pada pukul 08.30 WIB"));
    }

    @Test
    void anInnerReportWinsOverTheSourceItCameThrough() {
        String body = "Namun menurut laporan Interfax, menteri pertahanan Rusia mengatakan pihaknya telah mengepung kota "
                + "Berdyansk dan Enerhodar.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).org("Interfax").loc("Rusia").loc("Berdyansk").loc("Enerhodar").list());
        assertThat(quotes).extracting(Quote::speaker, Quote::speakerType, Quote::cue)
                .containsExactly(tuple("menteri pertahanan Rusia", EntityType.OTHER, "mengatakan"));
    }

    @Test
    void stemAfterTheClauseWithoutQuotationMarks() {
        String body = "Jeda teknis telah diambil dalam negosiasi hingga besok, tulis Podolyak di Twitter.";
        assertThat(Found.quotes(body)).extracting(Quote::kind, Quote::speaker, Quote::cue, Quote::text).containsExactly(
                tuple(QuoteKind.INDIRECT, "Podolyak", "tulis", "Jeda teknis telah diambil dalam negosiasi hingga besok"));
    }

    @Test
    void stemOpeningTheSentenceOrSetOffInsideIt() {
        String body = "Menteri Pertanian Andi Amran Sulaiman melepas ekspor perdana ayam olahan.\n\n"
                + "Kata Amran, produksi ayam ras nasional saat ini mengalami surplus.\n\n"
                + "Namun, katanya beberapa negara belum dapat menerima daging ayam beku.\n\n"
                + "Berdasarkan data sementara, kata Amran, dua pabrik baru akan dibuka tahun depan.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Andi Amran Sulaiman", "Amran").list());
        assertThat(quotes).extracting(Quote::speaker, Quote::cue, Quote::text).containsExactly(
                tuple("Andi Amran Sulaiman", "kata", "produksi ayam ras nasional saat ini mengalami surplus"),
                tuple("Andi Amran Sulaiman", "kata", "beberapa negara belum dapat menerima daging ayam beku"),
                tuple("Andi Amran Sulaiman", "kata",
                        "Berdasarkan data sementara, kata Amran, dua pabrik baru akan dibuka tahun depan"));
    }

    @Test
    void pronounSubjectsFollowTheLastSpeaker() {
        String body = "Peskov juga menekankan operasi di Ukraina berjalan sesuai rencana.\n\n"
                + "Dia beralasan formasi separatis bersenjata mendirikan titik tembak di perumahan.\n\n"
                + "Dia menambahkan pada saat yang sama, Kementerian Pertahanan memastikan keamanan penduduk sipil.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Dmitry Peskov", "Peskov").loc("Ukraina")
                .org("Kementerian Pertahanan").list());
        assertThat(quotes).extracting(Quote::speaker, Quote::cue).containsExactly(
                tuple("Dmitry Peskov", "menekankan"), tuple("Dmitry Peskov", "beralasan"), tuple("Dmitry Peskov", "menambahkan"));
    }

    @Test
    void verbsUsedForSomethingOtherThanSpeechAreNotReports() {
        String body = "Rusia menyatakan siap mengirim perwakilan ke Minsk. Pemerintah Rusia membantah telah meminta bantuan "
                + "militer China. Rusia telah mengakui kerugian tetapi belum mengungkapkan berapa banyak tentaranya yang "
                + "tewas. Peskov menolak untuk mengatakan berapa banyak orang Rusia yang terbunuh. Warga melaporkan kasus "
                + "itu ke polisi.";
        assertThat(Found.quotes(body, Entities.in(body).per("Dmitry Peskov", "Peskov").loc("Rusia").loc("Minsk")
                .loc("China").list())).isEmpty();
    }

    @Test
    void theSpeakersNextActEndsTheReportedClause() {
        String body = "Peskov mengatakan mereka tidak memerlukan izin dari Moskow untuk melakukannya tetapi menolak untuk "
                + "mengatakan berapa banyak orang Rusia yang terbunuh.";
        assertThat(Found.quotes(body, Entities.in(body).per("Dmitry Peskov", "Peskov").loc("Moskow").list()))
                .extracting(Quote::text).containsExactly("mereka tidak memerlukan izin dari Moskow untuk melakukannya");
    }

    @Test
    void typoInTheVerbStillReports() {
        String body = "Juru bicara Kremlin Dmitry Peskov mengataan laporan media yang menuduh bahwa Rusia meminta bantuan "
                + "militer China tidakbenar.";
        assertThat(Found.quotes(body, Entities.in(body).per("Dmitry Peskov", "Peskov").org("Kremlin").list()))
                .extracting(Quote::speaker, Quote::cue, Quote::text).containsExactly(tuple("Dmitry Peskov", "mengatakan",
                        "laporan media yang menuduh bahwa Rusia meminta bantuan militer China tidakbenar"));
    }

    @Test
    void aTitleTheRecognizerAttachedToAPersonIsThatPerson() {
        String body = "Ketua MPR Zulkifli Hasan menyesalkan kisruh transportasi online.\n\n"
                + "Ketua Umum PAN menambahkan bahwa hal ini harus diatur karena menyangkut mata pencaharian.";
        id.kabar.model.Entity zulkifli = new id.kabar.model.Entity("Zulkifli Hasan", EntityType.PER,
                List.of("Zulkifli Hasan"), List.of("Ketua MPR", "Ketua Umum PAN"),
                List.of(new id.kabar.model.Span(10, 24)));
        assertThat(Found.quotes(body, List.of(zulkifli))).extracting(Quote::speaker, Quote::speakerType)
                .containsExactly(tuple("Zulkifli Hasan", EntityType.PER));
    }

    @Test
    void noBreakSpacesAroundTheVerbAreSpaces() {
        String body = "Konsul Jenderal RI di Istanbul, Turki, Herry Sudradjat,\u00a0 mengatakan,\u00a0 pihaknya mengadakan "
                + "acara makan bersama dengan pelaku usaha kopi.";
        assertThat(Found.quotes(body)).extracting(Quote::speaker, Quote::text).containsExactly(
                tuple("Herry Sudradjat", "pihaknya mengadakan acara makan bersama dengan pelaku usaha kopi"));
    }

    @Test
    void anUnnamedSourceIsItsHeadNounWithoutTheClauseQualifyingIt() {
        String body = "Menurut sumber yang terlibat dalam produksi film ini, agen rahasia 007 berhenti menjadi mata-mata "
                + "Inggris demi menikah.";
        assertThat(Found.quotes(body)).extracting(Quote::speaker, Quote::speakerType)
                .containsExactly(tuple("sumber", EntityType.OTHER));
    }

    @Test
    void anAgeInBracketsAfterTheSubjectIsSkipped() {
        String body = "Stiller (50) mengatakan dia berbicara di hadapan publik mengenai penyakitnya untuk pertama kali.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Ben Stiller", "Stiller").list());
        assertThat(quotes).extracting(Quote::speaker, Quote::text).containsExactly(
                tuple("Ben Stiller", "dia berbicara di hadapan publik mengenai penyakitnya untuk pertama kali"));
    }

    @Test
    void dayAndAddresseeAroundTheVerbAreNeitherSpeakerNorReport() {
        String body = "Juru bicara Kremlin Dmitry Peskov, Senin (1/3), mengatakan kepada wartawan di Moskow, Rusia siap "
                + "berunding kapan saja.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Dmitry Peskov", "Peskov").org("Kremlin")
                .loc("Moskow").loc("Rusia").list());
        assertThat(quotes).extracting(Quote::speaker, Quote::text)
                .containsExactly(tuple("Dmitry Peskov", "Rusia siap berunding kapan saja"));
    }

    @Test
    void aCommaAfterAVerbOfAnnouncingStandsForBahwa() {
        String body = "Reuters melaporkan, pasukan Rusia mulai menarik diri dari sekitar Kiev. Warga melaporkan kasus "
                + "pencurian itu ke polisi.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).org("Reuters").loc("Rusia").loc("Kiev").list());
        assertThat(quotes).extracting(Quote::speaker, Quote::text)
                .containsExactly(tuple("Reuters", "pasukan Rusia mulai menarik diri dari sekitar Kiev"));
    }

    @Test
    void aPlaceAfterDiIsWhereTheSourceIsNotWhoSpeaks() {
        String body = "Menurut National Health Service (NHS) di Inggris, tubuh manusia memang membutuhkan air atau "
                + "cairan lain untuk bekerja dengan baik.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).org("National Health Service", "NHS")
                .loc("Inggris").list());
        assertThat(quotes).extracting(Quote::speaker, Quote::speakerType, Quote::cue)
                .containsExactly(tuple("National Health Service", EntityType.ORG, "menurut"));
    }

    @Test
    void aLawCitedWithMenurutIsNoSpeaker() {
        String body = "Menurut Undang-Undang Nomor 18 Tahun 2009 tentang Peternakan dan Kesehatan Hewan, pemerintah "
                + "diamanatkan untuk membentuk otoritas veteriner.";
        assertThat(Found.quotes(body, Entities.in(body).list())).isEmpty();
    }

    @Test
    void aSentenceCitingALawMakesNoOneTheTopic() {
        String body = "Komisi itu masih diperlukan, kata Ketua Pengurus Harian YLKI Tulus Abadi.\n\n"
                + "Menurut Undang-Undang Nomor 18 Tahun 2009 tentang Peternakan, pemerintah diamanatkan untuk membentuk "
                + "otoritas veteriner.\n\n"
                + "\"Sambil menunggu, sebaiknya komisi tetap dipertahankan,\" ujarnya.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Tulus Abadi").org("YLKI").list());
        assertThat(quotes).extracting(Quote::speaker).containsOnly("Tulus Abadi").hasSize(2);
    }

    @Test
    void aHopeReportsWhatWasSaid() {
        // tempo.co, 11 September 2019
        String hope = "Namun, ia berharap jangan sampai ada pembatasan-pembatasan yang tidak perlu, yang bisa membuat "
                + "independensi Komisi Pemberantasan Korupsi menjadi terganggu.";
        assertThat(Found.quotes(hope)).extracting(Quote::cue, Quote::text).containsExactly(tuple("berharap",
                "jangan sampai ada pembatasan-pembatasan yang tidak perlu, yang bisa membuat independensi Komisi "
                        + "Pemberantasan Korupsi menjadi terganggu"));
    }

    /** okezone.com and Kompas.com: not denying that ({@code tidak memungkiri}, {@code tak menampik}) admits the clause. */
    @Test
    void notDenyingReportsTheClauseItAdmits() {
        String admitted = "Crutchlow tidak memungkiri bahwa Lorenzo merupakan pembalap yang luar biasa. Namun, Eddy tak "
                + "menampik bahwa sebagian komponen, terutama jeroan mesin, masih diimpor dari Cina.";
        assertThat(Found.quotes(admitted, Entities.in(admitted).per("Cal Crutchlow", "Crutchlow").per("Jorge Lorenzo",
                "Lorenzo").per("Eddy").loc("Cina").list())).extracting(Quote::speaker, Quote::cue, Quote::text)
                .containsExactly(tuple("Cal Crutchlow", "memungkiri", "Lorenzo merupakan pembalap yang luar biasa"),
                        tuple("Eddy", "menampik", "sebagian komponen, terutama jeroan mesin, masih diimpor dari Cina"));
        String refused = "Presiden menampik permintaan itu.";
        assertThat(Found.quotes(refused, Entities.in(refused).list())).isEmpty();
    }

    /** Tribunnews, 10 September 2019: {@code jika} right after a verb of saying stands for {@code bahwa}. */
    @Test
    void jikaRightAfterAVerbOfSayingOpensWhatWasSaid() {
        String body = "Robert Rene Alberts memberikan pernyataan soal rumor transfer yang melibatkan Persib dengan dua"
                + " pemain timnas Indonesia, Ferdinand Sinaga dan Irfan Bachdim setelah memimpin latihan di Stadion Si"
                + " Jalak Harupat, Senin (9/9/2019).\n\nUntuk Ferdinand Sinaga, pelatih asal Belanda tersebut membeberkan"
                + " jika PSM Makassar tidak melepas sang pemain.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Robert Rene Alberts").org("Persib")
                .loc("Indonesia").per("Ferdinand Sinaga").per("Irfan Bachdim").loc("Stadion Si Jalak Harupat")
                .loc("Belanda").org("PSM Makassar").list());
        assertThat(quotes).extracting(Quote::cue, Quote::text).containsExactly(
                tuple("membeberkan", "PSM Makassar tidak melepas sang pemain"));
    }

    /**
     * sindonews.com (15/9/2019): a circumstance set off by a comma after the verb ("menyatakan dengan adanya
     * pemotongan kabel optik,") is not what was said; the clause after it is.
     */
    @Test
    void aCircumstanceBeforeTheClauseIsLeftOut() {
        String body = "Sebelumnya, Asosiasi Penyelenggara Jaringan Telekomunikasi (Apjatel) menyatakan dengan adanya "
                + "pemotongan kabel optik, pihaknya menelan kerugian hingga menyentuh angka miliaran rupiah.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body)
                .org("Asosiasi Penyelenggara Jaringan Telekomunikasi", "Apjatel").list());

        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("pihaknya menelan kerugian hingga menyentuh angka miliaran rupiah");
            assertThat(q.speaker()).isEqualTo("Asosiasi Penyelenggara Jaringan Telekomunikasi");
        });
    }

    /** sindonews.com (11/9/2019): a person "mengaku setuju" tells of their own stance in words. */
    @Test
    void aPersonOwningToAgreeReportsIt() {
        String body = "Nawawi pun mengaku setuju dengan kritikan Wakil Ketua DPR Fahri Hamzah terhadap Wadah Pegawai KPK.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Nawawi").per("Fahri Hamzah").org("DPR")
                .org("KPK").list());

        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.text()).startsWith("setuju dengan kritikan");
            assertThat(q.speaker()).isEqualTo("Nawawi");
        });
    }
    /** kompas.com (10/9/2019): the unprefixed {@code bantah} of looser prose, the speaker naming themselves. */
    @Test
    void theSpokenFormOfDenyingReportsWhatThePersonDenies() {
        String body = "Habil Marati bantah dia sebagai penyumbang dana operasional pembelian , ilegal dalam kasus "
                + "kepemilikan senjata api ilegal oleh Mayjen TNI (Purn) Kivlan Zen.\n\n"
                + "Ia juga bantah dirinya memberikan uang 15.000 dolar Singapura kepada Kivlan.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Habil Marati", "Habil")
                .per("Kivlan Zen", "Kivlan").org("TNI").list());

        assertThat(quotes).extracting(Quote::speaker, Quote::cue, Quote::text).containsExactly(
                tuple("Habil Marati", "bantah", "dia sebagai penyumbang dana operasional pembelian , ilegal dalam "
                        + "kasus kepemilikan senjata api ilegal oleh Mayjen TNI (Purn) Kivlan Zen"),
                tuple("Habil Marati", "bantah", "dirinya memberikan uang 15.000 dolar Singapura kepada Kivlan"));
    }

    /** sindonews.com (11/9/2019): a prayer is words, so "menyatakan mendoakan" reports what was said. */
    @Test
    void aPrayerStatedIsReportedSpeech() {
        String body = "Ibas menyatakan mendoakan agar almarhum BJ Habibie diampuni segala dosanya, dihapuskan dari "
                + "siksa kubur dan siksa neraka, dan amal ibadahnya selama di dunia diterima oleh Allah SWT.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Ibas").per("BJ Habibie").list());

        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.text()).startsWith("mendoakan agar almarhum BJ Habibie diampuni");
            assertThat(q.speaker()).isEqualTo("Ibas");
        });
    }

    /**
     * tempo.co (14/9/2019): a phrase of time before the clause's own subject; a phrase of place before a passive
     * predicate (okezone.com, 14/9/2019) gives no subject to read the clause by.
     */
    @Test
    void aClauseMayOpenWithATimeOrPlaceBeforeItsSubject() {
        String body = "Andritany mengaku di usia sekarang mentalnya sudah siap menerima hujatan dari suporter.\n\n"
                + "Apalagi, Presiden Joko Widodo sudah menyatakan di dalam penanganan karhutla diperlukan peran semua "
                + "unsur lapisan masyarakat.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Andritany").per("Joko Widodo").list());

        assertThat(quotes).extracting(Quote::speaker, Quote::text).containsExactly(
                tuple("Andritany", "di usia sekarang mentalnya sudah siap menerima hujatan dari suporter"));
    }

    /**
     * sindonews.com and tempo.co (September 2019): "mengingatkan" reports a clause whose subject a predicate word
     * follows, and an appeal; a thing reminded of, whose words run on into a verb, is no report.
     */
    @Test
    void mengingatkanReportsAStatedClauseOrAnAppealNotAThing() {
        String body = "Dia mengingatkan Saut Situmorang pernah diragukan sebagai pimpinan KPK karena berlatarbelakang "
                + "intelijen.\n\nJokowi berkali-kali mengingatkan agar situasi ini dihadapi dengan penuh kehati-hatian."
                + "\n\nMantan Gubernur DKI Jakarta itu mengingatkan keinginannya memperkuat KPK.\n\n"
                + "Ia mengingatkan perbedaan antara \"mencicipi\" dan \"makan\".";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Mardani Ali Sera").per("Saut Situmorang")
                .per("Joko Widodo", "Jokowi").org("KPK").list());

        assertThat(quotes).extracting(Quote::cue, Quote::text).containsExactly(
                tuple("mengingatkan", "Saut Situmorang pernah diragukan sebagai pimpinan KPK karena berlatarbelakang intelijen"),
                tuple("mengingatkan", "agar situasi ini dihadapi dengan penuh kehati-hatian"));
        assertThat(quotes.get(1).speaker()).isEqualTo("Joko Widodo");
    }

    /**
     * kompas.com and sindonews.com (September 2019): "berkilah", excusing oneself, reports the clause after bahwa or
     * a clause with its own subject.
     */
    @Test
    void berkilahReportsTheExcuse() {
        String body = "Menanggapi celah ini, pihak Facebook berkilah bahwa membagikan URL sama saja dengan mengambil , "
                + "konten akun privat lalu membagikannya.\n\nSaimin berkilah pihaknya sempat mengajukan permohonan KIS "
                + "PBI bagi Misinem sekeluarga ke Dinsos Lambar.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).org("Facebook").per("Saimin").per("Misinem")
                .org("Dinsos Lambar").list());

        assertThat(quotes).extracting(Quote::speaker, Quote::cue, Quote::text).containsExactly(
                tuple("pihak Facebook", "berkilah", "membagikan URL sama saja dengan mengambil , konten akun privat lalu "
                        + "membagikannya"),
                tuple("Saimin", "berkilah", "pihaknya sempat mengajukan permohonan KIS PBI bagi Misinem sekeluarga ke "
                        + "Dinsos Lambar"));
    }

    /**
     * sindonews.com (September 2019): a passive opening the sentence names its speaker up to "bahwa", which closes
     * the phrase as a comma does, and a comma after it opens no clause.
     */
    @Test
    void aFrontedPassiveNamesItsSpeakerUpToBahwa() {
        String body = "Dijelaskan oleh AdaptiveMobile Security bahwa korban tidak akan menyadari sedang mengalami serangan "
                + "tersebut, begitu juga informasi yang diambil dan berhasil diangkut oleh hacker.\n\n"
                + "Ditegaskan dia bahwa, efek dari obat yang kadaluwarsa itu hanya menurunkan kualitas obat tersebut.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).org("AdaptiveMobile Security").list());

        assertThat(quotes).extracting(Quote::cue, Quote::text).containsExactly(
                tuple("dijelaskan", "korban tidak akan menyadari sedang mengalami serangan tersebut, begitu juga "
                        + "informasi yang diambil dan berhasil diangkut oleh hacker"),
                tuple("ditegaskan", "efek dari obat yang kadaluwarsa itu hanya menurunkan kualitas obat tersebut"));
        assertThat(quotes.get(0).speaker()).isEqualTo("AdaptiveMobile Security");
    }

    /**
     * antaranews.com and CNN Indonesia (IndoSum): {@code menurut} set inside a relative clause with no comma reports the
     * noun and its clause, the speaker a name or {@code -nya}; not where an opening {@code Menurut} already reports
     * the sentence (tempo.co, 11 September 2019); after a verb it means "by" and reports nothing.
     */
    @Test
    void menurutInsideARelativeClauseReportsTheNounAndItsClause() {
        String body = "Prinsip transparansi, profesionalitas, dan kerja keras itulah yang menurut Luhut membawa perubahan "
                + "bagi Indonesia semenjak pemerintahan Jokowi.";
        List<Quote> quotes = Found.quotes(body, Entities.in(body).per("Luhut").per("Jokowi").org("Indonesia").list());
        assertThat(quotes).extracting(Quote::speaker, Quote::cue, Quote::text).containsExactly(tuple("Luhut", "menurut",
                "Prinsip transparansi, profesionalitas, dan kerja keras itulah yang menurut Luhut membawa perubahan bagi "
                        + "Indonesia semenjak pemerintahan Jokowi"));
        String pronoun = "Kepala Dinas Pariwisata dan Kebudayaan DKI Jakarta, Tinia Budiarti mengusulkan sistem pembelian "
                + "karcis online. Tinia juga menyinggung soal kekuatan lift Monas yang menurutnya harus terus dijaga.";
        assertThat(Found.quotes(pronoun, Entities.in(pronoun).per("Tinia Budiarti", "Tinia").loc("DKI Jakarta")
                .loc("Monas").list())).extracting(Quote::speaker, Quote::text)
                .containsExactly(tuple("Tinia Budiarti", "kekuatan lift Monas yang menurutnya harus terus dijaga"));
        String opened = "Menurut Susi Pudjiastuti, penambahan anggaran itu menurutnya diperlukan untuk penambahan "
                + "infrastruktur penunjang.";
        assertThat(Found.quotes(opened, Entities.in(opened).per("Susi Pudjiastuti").list())).extracting(Quote::text)
                .containsExactly("penambahan anggaran itu menurutnya diperlukan untuk penambahan infrastruktur penunjang");
        String by = "Data penduduk itu dibagi menurut Provinsi dan kabupaten masing-masing.";
        assertThat(Found.quotes(by)).isEmpty();
    }

    /** antaranews.com (IndoSum): {@code menceritakan} reports the clause after {@code bahwa}, not a thing told of. */
    @Test
    void menceritakanReportsOnlyAfterBahwa() {
        String body = "Bahkan Presiden Jokowi menceritakan bahwa Gibran sudah menolak tawaran - tawaran katering untuk "
                + "acara pemerintah. Gibran justru menceritakan bisnis kulinernya yang semakin berkembang.";
        assertThat(Found.quotes(body, Entities.in(body).per("Joko Widodo", "Jokowi").per("Gibran").list()))
                .extracting(Quote::speaker, Quote::text).containsExactly(tuple("Joko Widodo",
                        "Gibran sudah menolak tawaran - tawaran katering untuk acara pemerintah"));
    }

    /** antaranews.com (IndoSum): {@code mengaku sempat ...} tells of the speaker's own act, with no subject. */
    @Test
    void mengakuSempatReportsTheSpeakersOwnAct() {
        String body = "Pada Ramadan lalu, Luhut yang hadir dalam acara buka puasa dengan Presiden, mengaku sempat bertemu "
                + "Gibran dan menawarinya membantu suplai makanan katering.";
        assertThat(Found.quotes(body, Entities.in(body).per("Luhut").per("Gibran").list()))
                .extracting(Quote::speaker, Quote::text).containsExactly(tuple("Luhut",
                        "sempat bertemu Gibran dan menawarinya membantu suplai makanan katering"));
    }

    /**
     * dailysocial.id and IndoSum: a plan an organisation announces with no subject of its own is its statement, and a
     * lone body noun opening the next sentence is that organisation; an act it denies is still no words reported.
     */
    @Test
    void aPlanAnOrganisationAnnouncesIsItsStatement() {
        String body = "Untuk pengembangan layanan apartemen, pada tahun ini Blibli menyatakan akan terus menambah jumlah "
                + "apartemen yang disewa dan menambah mitra kerja sama penyewaan apartemen.";
        assertThat(Found.quotes(body, Entities.in(body).org("Blibli").list())).extracting(Quote::speaker, Quote::text)
                .containsExactly(tuple("Blibli", "akan terus menambah jumlah apartemen yang disewa dan menambah mitra "
                        + "kerja sama penyewaan apartemen"));
        String company = "Menurut Grab, pangsa pasar perusahaan di wilayah Asia Tenggara mencapai 95 persen. Perusahaan "
                + "juga mengaku akan berinvestasi di GrabPay, layanan pembayaran mobile yang mereka kembangkan.";
        assertThat(Found.quotes(company, Entities.in(company).org("Grab").org("GrabPay").loc("Asia Tenggara").list()))
                .extracting(Quote::speaker, Quote::cue).containsExactly(tuple("Grab", "menurut"), tuple("Grab", "mengaku"));
        String denied = "Pemerintah Rusia membantah telah meminta bantuan kepada negara lain.";
        assertThat(Found.quotes(denied, Entities.in(denied).org("Pemerintah Rusia").list())).isEmpty();
    }

    /** CNN Indonesia (IndoSum): {@code , seperti yang dikutip dari ...} cites the report's source and ends it. */
    @Test
    void aCitationOfTheSourceEndsTheReport() {
        String body = "Justin Bieber mengatakan kalau sosial media Instagram bagai neraka dan penggunanya bagai iblis, "
                + "seperti yang dikutip dari NME pada Kamis (1 / 12).";
        assertThat(Found.quotes(body, Entities.in(body).per("Justin Bieber").org("NME").list()))
                .extracting(Quote::text)
                .containsExactly("sosial media Instagram bagai neraka dan penggunanya bagai iblis");
    }
}
