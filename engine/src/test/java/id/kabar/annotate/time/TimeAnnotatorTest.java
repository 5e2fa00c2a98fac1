package id.kabar.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.kabar.annotate.text.TextSegmenter;
import id.kabar.model.Article;
import id.kabar.model.PublishedBasis;
import id.kabar.model.TimeMention;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class TimeAnnotatorTest {
    /** The batch of the Ukraine reports the fixtures come from states its dates in 2022. */
    private static final DateContext IN_2022 = DateContext.years(2022, 2022);
    /** IndoSum's pages state dates from 2016 to 2018. */
    private static final DateContext INDOSUM = DateContext.years(2016, 2018);
    private final TimeAnnotator annotator = new TimeAnnotator();

    private TimeAnnotation annotate(String body) {
        return annotate(body, DateContext.NONE);
    }

    private TimeAnnotation annotate(String body, LocalDate stated) {
        return annotate(body, stated, null, DateContext.NONE);
    }

    private TimeAnnotation annotate(String body, DateContext context) {
        return annotate(body, null, null, context);
    }

    private TimeAnnotation annotate(String body, LocalDate stated, String url, DateContext context) {
        Article article = new Article("a", url, "id", null, null, stated,
                stated == null ? null : PublishedBasis.STATED, null, null, body);
        TimeAnnotation result = annotator.annotate(new TextSegmenter().segment(body), article, context);
        for (TimeMention t : result.times()) {
            assertThat(body.substring(t.start(), t.end())).isEqualTo(t.text());
        }
        return result;
    }

    private static String fixture(String name) {
        try (InputStream in = TimeAnnotatorTest.class.getResourceAsStream(name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void reportOfFridayStatementsIsFromThatFriday() {
        TimeAnnotation t = annotate(fixture("knews-rusia-siap-berdialog"), IN_2022);
        assertThat(t.published()).isEqualTo("2022-02-25");
        assertThat(t.basis()).isEqualTo(PublishedBasis.CONTEXT);
        assertThat(t.times()).extracting(TimeMention::text, m -> m.value().toString()).containsExactly(
                tuple("Jumat (25/2)", "2022-02-25"),
                tuple("hari kedua invasi ini", "2022-02-25"),
                tuple("Jumat pagi", "2022-02-25"),
                tuple("Kamis", "2022-02-24"),
                tuple("hari pertama invasi pada Kamis", "2022-02-24"));
    }

    @Test
    void dayCountedSinceIsBeforeTheDayOfWriting() {
        TimeAnnotation t = annotate(fixture("wowkeren-putin-siap-kirim-perwakilan"), IN_2022);
        assertThat(t.published()).isEqualTo("2022-02-25");
        assertThat(t.times()).extracting(TimeMention::text, m -> m.value().toString())
                .containsExactly(tuple("Kamis (24/2)", "2022-02-24"));
    }

    @Test
    void aDateWrittenInFullKeepsItsYearInABatchOfOtherYears() {
        // a 2022 report read in a store of IndoSum's 2016-2018 news: its own "Selasa (15/3/2022)" fixes its time
        TimeAnnotation t = annotate(fixture("serambinews-rusia-bantah-bantuan-china"), INDOSUM);
        assertThat(t.published()).isEqualTo("2022-03-14");
        assertThat(t.basis()).isEqualTo(PublishedBasis.INFERRED);
    }

    @Test
    void aFullDateWhoseWeekdayDoesNotFitIsNoProofOfItsYear() {
        // 24 February 2022 was a Thursday: a "Senin" written with it is a slip, so the batch's years still decide
        TimeAnnotation t = annotate("Rapat pleno KPU digelar Senin (24/2/2022) di Jakarta.", DateContext.years(2017, 2017));
        assertThat(t.published()).isNull();
    }

    @Test
    void announcedDayIsTheDayAfterWriting() {
        TimeAnnotation t = annotate(fixture("serambinews-rusia-bantah-bantuan-china"));
        assertThat(t.published()).isEqualTo("2022-03-14");
        assertThat(t.basis()).as("the text states 2022").isEqualTo(PublishedBasis.INFERRED);
        assertThat(t.times()).extracting(TimeMention::text, m -> m.value().toString()).containsExactly(
                tuple("Senin", "2022-03-14"),
                tuple("Selasa (15/3/2022)", "2022-03-15"),
                tuple("besok", "2022-03-15"));
    }

    @Test
    void aPlainDateAnnouncedMonthsAheadIsNotTheDayAfterWriting() {
        // antaranews.com/berita/599399, crawled 3 December 2016
        TimeAnnotation t = annotate("Jakarta (ANTARA News) - Starbucks Corp menyatakan Howard Schultz akan mengundurkan diri"
                + " dari jabatan Chief Executive Officer. Kevin Johnson, Chief Operating Officer Starbucks, akan menggantikan"
                + " posisi Schultz pada 3 April 2017, kata Starbucks seperti dikutip Reuters.", INDOSUM);
        assertThat(t.published()).isNull();
    }

    @Test
    void bareWeekdaysFallOnOrBeforeTheDayOfWriting() {
        TimeAnnotation t = annotate(fixture("gatra-kremlin-terlalu-cepat-menilai"), IN_2022);
        assertThat(t.published()).isEqualTo("2022-03-01");
        assertThat(t.times()).extracting(TimeMention::text, m -> m.value().toString()).containsExactly(
                tuple("Selasa (1/3)", "2022-03-01"),
                tuple("hari Senin", "2022-02-28"),
                tuple("hari Selasa", "2022-03-01"),
                tuple("Kamis lalu", "2022-02-24"),
                tuple("Selasa", "2022-03-01"),
                tuple("hari Selasa", "2022-03-01"));
    }

    @Test
    void articleThatDatesNothingIsLeftUndated() {
        TimeAnnotation t = annotate(fixture("suara-pembicaraan-damai-gomel"));
        assertThat(t.published()).isNull();
        assertThat(t.basis()).isNull();
        assertThat(t.times()).isEmpty();
    }

    @Test
    void statedDateIsKeptAndDatesAreReadAgainstIt() {
        TimeAnnotation t = annotate("Ajakan itu disinggung Jokowi ketika membuka Kongres Muslimat NU, Senin (27/3)."
                + " Sehari sebelumnya, Jokowi meninjau banjir pada Minggu.", LocalDate.of(2017, 3, 28));
        assertThat(t.published()).isEqualTo("2017-03-28");
        assertThat(t.basis()).isEqualTo(PublishedBasis.STATED);
        assertThat(t.times()).extracting(TimeMention::text, m -> m.value().toString())
                .containsExactly(tuple("Senin (27/3)", "2017-03-27"), tuple("Sehari sebelumnya", "2017-03-26"),
                        tuple("Minggu", "2017-03-26"));
    }

    @Test
    void pageClockAndSubheadingsAreNotReported() {
        TimeAnnotation t = annotate("Jumat, Mei 3, 2024\n\nHari kedua perang\n\n"
                + "\"Mari duduk di meja negosiasi,\" kata Zelensky dalam pesan video, Jumat (25/2).", IN_2022);
        assertThat(t.published()).isEqualTo("2022-02-25");
        assertThat(t.times()).extracting(TimeMention::text).containsExactly("Jumat (25/2)");
    }

    @Test
    void dateCalledYesterdayIsTheDayBeforeWriting() {
        TimeAnnotation t = annotate("Rapat pleno KPU digelar kemarin (24/2) di Jakarta.", DateContext.years(2017, 2017));
        assertThat(t.published()).isEqualTo("2017-02-25");
        assertThat(t.times()).extracting(TimeMention::text, m -> m.value().toString())
                .containsExactly(tuple("kemarin (24/2)", "2017-02-24"));
    }

    @Test
    void aDateWithoutWeekdayInABatchOfSeveralYearsIsNotGuessed() {
        TimeAnnotation t = annotate("Rapat pleno KPU digelar kemarin (24/2) di Jakarta.", INDOSUM);
        assertThat(t.published()).isNull();
        assertThat(t.basis()).isNull();
        assertThat(t.times()).isEmpty();
    }

    @Test
    void yearInThePageAddressPicksAmongYearsTheWeekdayFits() {
        String body = "\"Mari duduk di meja negosiasi,\" kata Zelensky dalam pesan video, Senin (27/4).";
        assertThat(annotate(body).published()).as("nothing fixes the year").isNull();
        assertThat(annotate(body, null, "https://www.example.co.id/2020/04/zelensky-ajak-berunding", DateContext.NONE)
                .published()).isEqualTo("2020-04-27");
    }

    @Test
    void aWeekdayDateIsReadInTheYearsOfItsBatchNeverInTheMachinesPresent() {
        // IndoSum, crawled 28 March 2017 (kumparan.com): 27 March is a Monday in 2017 and again in 2023
        String body = "\"Kan bisa saling melengkapi, negara lain bisa masa kita enggak bisa,\" ucap Zulkifli di Gedung"
                + " DPR, Senayan, Jakarta Pusat, Senin (27/3).";
        assertThat(annotate(body).published()).as("read alone, no year is fixed").isNull();
        TimeAnnotation t = annotate(body, INDOSUM);
        assertThat(t.published()).isEqualTo("2017-03-27");
        assertThat(t.basis()).isEqualTo(PublishedBasis.CONTEXT);
        assertThat(t.times()).extracting(TimeMention::text, m -> m.value().toString())
                .containsExactly(tuple("Senin (27/3)", "2017-03-27"));
    }

    @Test
    void aYearOfHistoryTheTextWritesYieldsToTheYearsOfItsBatch() {
        // IndoSum (crawled 24 May 2017): 24 May is a Wednesday in 1995, two years from the 1994 it writes
        String body = "Reuters pada Rabu (24/5) melansir, Abedi lahir di Manchester tahun 1994.";
        TimeAnnotation alone = annotate(body);
        assertThat(alone.published()).isEqualTo("1995-05-24");
        assertThat(alone.basis()).isEqualTo(PublishedBasis.INFERRED);
        TimeAnnotation t = annotate(body, INDOSUM);
        assertThat(t.published()).isEqualTo("2017-05-24");
        assertThat(t.basis()).isEqualTo(PublishedBasis.CONTEXT);
        assertThat(annotate(body, DateContext.years(1990, 1999)).basis()).as("a year the batch covers stands")
                .isEqualTo(PublishedBasis.INFERRED);
    }

    @Test
    void aDayOfHistoryOutsideTheYearsOfItsBatchIsNoDate() {
        // IndoSum (juara.net, crawled June 2017): a birthday is the only full date the text writes
        String body = "Pemain kelahiran 4 Mei 1988 itu juga menjadi ancaman untuk gawang lawan.";
        assertThat(annotate(body).published()).as("read alone, the text's own date").isEqualTo("1988-05-04");
        TimeAnnotation t = annotate(body, INDOSUM);
        assertThat(t.published()).isNull();
        assertThat(t.basis()).isNull();
        assertThat(t.times()).extracting(TimeMention::text, m -> m.value().toString())
                .containsExactly(tuple("4 Mei 1988", "1988-05-04"));
    }

    @Test
    void aWeekdayOnlyReportIsDatedInTheWeekOfTheArticlesItIsLinkedWith() {
        String body = "Suara ledakan terdengar menjelang subuh di hari Senin waktu setempat ibu kota Kyiv dan kota "
                + "Kharkiv, menurut keterangan pejabat Ukraina.";
        TimeAnnotation t = annotate(body, IN_2022.withNear(LocalDate.of(2022, 3, 3)));
        assertThat(t.published()).isEqualTo("2022-02-28");
        assertThat(t.basis()).isEqualTo(PublishedBasis.CONTEXT);
        assertThat(annotate(body, IN_2022).published()).as("a weekday alone needs a week").isNull();
    }

    @Test
    void theLatestReportedWeekdayNearTheLinkedArticlesIsTheDayOfWriting() {
        String body = "Pejabat Rusia dan Ukraina bertemu pada hari Senin di perbatasan Belarus. "
                + "Pasukan Rusia juga mencapai kota selatan Kherson pada hari Selasa.";
        assertThat(annotate(body, DateContext.near(LocalDate.of(2022, 3, 1))).published()).isEqualTo("2022-03-01");
        assertThat(annotate(body, DateContext.near(LocalDate.of(2022, 2, 27))).published()).isEqualTo("2022-03-01");
    }

    @Test
    void plannedWeekdaysAndTextsWithoutWeekdaysTakeNoDayFromTheLinkedArticles() {
        assertThat(annotate("Pembicaraan akan dilanjutkan pada Selasa.", DateContext.near(LocalDate.of(2022, 3, 14)))
                .published()).isNull();
        assertThat(annotate("Pembicaraan tersebut terjadi di hari kelima perang.", DateContext.near(LocalDate.of(2022, 3, 1)))
                .published()).isNull();
    }

    @Test
    void weekdayDatesOutweighDeadlines() {
        TimeAnnotation t = annotate("Kemendagri menargetkan perekaman e-KTP tuntas pada 30 September 2016."
                + " \"Sudah 90 persen penduduk merekam,\" kata Zudan di Jakarta, Rabu (7/9).");
        assertThat(t.published()).isEqualTo("2016-09-07");
    }

    @Test
    void relativeWordsAndShiftedWeekdaysCountFromTheDayOfWriting() {
        TimeAnnotation t = annotate("Polisi menggelar rekonstruksi di Bogor, Rabu (12/7). Tersangka ditangkap"
                + " kemarin dan akan diperiksa lagi besok. Korban dimakamkan Senin lalu. Sidang digelar Jumat"
                + " pekan depan, sedangkan laporan masuk pada Kamis pekan lalu. Saksi akan dipanggil pada Sabtu.", INDOSUM);
        assertThat(t.published()).isEqualTo("2017-07-12");
        assertThat(t.times()).extracting(TimeMention::text, m -> m.value().toString()).containsExactly(
                tuple("Rabu (12/7)", "2017-07-12"),
                tuple("kemarin", "2017-07-11"),
                tuple("besok", "2017-07-13"),
                tuple("Senin lalu", "2017-07-10"),
                tuple("Jumat pekan depan", "2017-07-21"),
                tuple("Kamis pekan lalu", "2017-07-06"),
                tuple("Sabtu", "2017-07-15"));
    }

    @Test
    void weekdayLaluMayBeTheDayOfWritingWhileKemarinIsBeforeIt() {
        String body = "Presiden Rusia Vladimir Putin dan Zelenskyy sepakat berunding, Senin (28/2). Senin lalu, Presiden"
                + " Ukraina Volodymyr Zelenskyy meminta Uni Eropa untuk memperbolehkan Ukraina bergabung. Sanksi baru"
                + " diumumkan Senin kemarin.";
        TimeAnnotation t = annotate(body, LocalDate.of(2022, 2, 28));
        assertThat(t.times()).extracting(TimeMention::text, m -> m.value().toString()).containsExactly(
                tuple("Senin (28/2)", "2022-02-28"),
                tuple("Senin lalu", "2022-02-28"),
                tuple("Senin kemarin", "2022-02-21"));
    }

    @Test
    void dayOfAWarCountsFromTheDayTheTextFixes() {
        TimeAnnotation t = annotate("Invasi dimulai pada hari pertama perang pada Kamis (24/2)."
                + " Pembicaraan tersebut terjadi di hari kelima invasi.", IN_2022);
        assertThat(t.times()).extracting(TimeMention::text, m -> m.value().toString()).containsExactly(
                tuple("hari pertama perang pada Kamis (24/2)", "2022-02-24"),
                tuple("hari kelima invasi", "2022-02-28"));
    }

    @Test
    void aRunningCountTheTextNeverStartsIsTheDayReported() {
        TimeAnnotation t = annotate("Pembicaraan tersebut terjadi di hari kelima perang.", LocalDate.of(2022, 2, 28));
        assertThat(t.times()).extracting(TimeMention::text, m -> m.value().toString())
                .containsExactly(tuple("hari kelima perang", "2022-02-28"));
        TimeAnnotation planned = annotate("Rusia akan melanjutkan serangan pada hari ketujuh perang.",
                LocalDate.of(2022, 2, 28));
        assertThat(planned.times()).isEmpty();
    }

    private static List<Tuple> days(TimeAnnotation t) {
        return t.times().stream().map(m -> tuple(m.text(), m.value().toString())).toList();
    }

    @Test
    void todayInQuotedWordsIsTheDayTheyWereSpoken() {
        // Tribunnews, published Tuesday 10 September 2019 about a statement of Monday
        String body = "\"Ada tiga adegan dalam rekonstruksi lanjutan yang digelar di Lapangan Ditshabara Polda Metro hari"
                + " ini,\" kata Kabid Humas , Kombes Argo Yuwono, Senin (9/9/2019).\n\nRekonstruksi digelar hari ini.";
        assertThat(days(annotate(body, LocalDate.of(2019, 9, 10)))).containsExactly(
                tuple("hari ini", "2019-09-09"),
                tuple("Senin (9/9/2019)", "2019-09-09"),
                tuple("hari ini", "2019-09-10"));
    }

    @Test
    void quotedWordsWithoutADatedStatementCountFromTheDayOfWriting() {
        String body = "\"Saya sudah sampaikan ke operator, untuk turun hari ini,\" ujarnya.";
        assertThat(days(annotate(body, LocalDate.of(2019, 9, 14)))).containsExactly(tuple("hari ini", "2019-09-14"));
    }

    @Test
    void theNextDayCountsFromTheDayNamedBefore() {
        // Kompas, 10 September 2019
        String body = "Bahkan, Yugo sempat memberi kabar kepada kekasihnya pada hari Minggu jika dirinya sakit."
                + " Keesokan harinya, kekasih dan teman Yugo nampak datang ke rumahnya.";
        assertThat(days(annotate(body, LocalDate.of(2019, 9, 10)))).containsExactly(
                tuple("hari Minggu", "2019-09-08"),
                tuple("Keesokan harinya", "2019-09-09"));
    }

    @Test
    void aDayBeforeCountsBackFromTheNarrationsDay() {
        // Tempo, 16 September 2019
        String body = "Seorang balita meninggal dalam perawatan di RSUD Koja, Jakarta Utara, Kamis 12 September 2019."
                + " Sehari sebelumnya, balita itu mengalami muntah-muntah setelah menyantap nasi goreng.";
        assertThat(days(annotate(body, LocalDate.of(2019, 9, 16)))).containsExactly(
                tuple("Kamis 12 September 2019", "2019-09-12"),
                tuple("Sehari sebelumnya", "2019-09-11"));
    }

    @Test
    void thatSameDayAfterAStatementsDayIsNotThatDay() {
        // Tribunnews, 10 September 2019: the burial was days before the police spoke on Monday
        String body = "\"Warga sudah meninggal dunia,\" kata Kapolres AKBP Andi M Dicky dalam jumpa pers di Mapolres,"
                + " Senin (9/9/2019).\n\nNamun, keluarga memilih langsung menguburkannya pada hari itu juga pada siang"
                + " hari sekitar pukul 11.00 WIB.";
        assertThat(days(annotate(body, LocalDate.of(2019, 9, 10))))
                .containsExactly(tuple("Senin (9/9/2019)", "2019-09-09"));
    }

    @Test
    void aBareDayOfTheMonthIsInTheMonthOfWriting() {
        // Tribunnews, Tuesday 10 September 2019
        String body = "\"Ada penurunan setelah tanggal 9 kemarin Alhamdulillah untuk hari ini sampai jam 10.00 WIB,\""
                + " terang Ipda Deni Setiawan.";
        assertThat(days(annotate(body, LocalDate.of(2019, 9, 10)))).containsExactly(
                tuple("tanggal 9 kemarin", "2019-09-09"),
                tuple("hari ini", "2019-09-10"));
    }

    @Test
    void aRangeGivesItsFirstDayTheMonthItWrites() {
        // Sindonews, 10 September 2019
        String body = "Festival Kopi Nusantara sendiri akan berlangsung selama empat hari, mulai tanggal 11 hingga"
                + " 14 September 2019 di Area Taman Ya'ahowu, Kota Gunungsitoli. Acara serupa digelar tanggal 1 Muharram.";
        assertThat(days(annotate(body, LocalDate.of(2019, 9, 10)))).containsExactly(
                tuple("tanggal 11", "2019-09-11"),
                tuple("14 September 2019", "2019-09-14"));
    }

    @Test
    void aWeekdayEndingARangeTakesTheLastDayOfTheRangeInBrackets() {
        // Sindonews, Friday 13 September 2019: the Saturday is the next day, not the one before
        String body = "Dalam rangka mecari solusi dan berbagi wawasan dalam penerapan teknologi Blockchain di Indonesia, "
                + "ajang Empowering Blockchain Summit 2019 digelar mulai Jumat hingga Sabtu (13 -14/9) di Jakarta.";
        assertThat(days(annotate(body, LocalDate.of(2019, 9, 13)))).containsExactly(
                tuple("Jumat", "2019-09-13"),
                tuple("Sabtu (13 -14/9)", "2019-09-14"));
    }

    @Test
    void aRangeRunningIntoTheMonthItWritesBeganTheMonthBefore() {
        // Tribunnews, 10 September 2019
        String body = "\"Sosialisasi sudah lama mulai tanggal 12 sampai dengan tanggal 8 September sudah di laksanakan,\""
                + " ungkap Deni.";
        assertThat(days(annotate(body, LocalDate.of(2019, 9, 10)))).containsExactly(
                tuple("tanggal 12", "2019-08-12"),
                tuple("tanggal 8 September", "2019-09-08"));
    }

    @Test
    void aDayOfAMonthNamedElsewhereAndAPastPeriodAreNoDays() {
        // Okezone and Sindonews, September 2019
        String body = "\"Kami datang mengantar undangan Musyawarah Besar yang buka nanti Pak Presiden tanggal 26-nya dan"
                + " ditutup oleh beliau tanggal 27 oktober,\" ucap Bamsoet. \"Saya hanya ingin mengingatkan di rapat"
                + " bulan Juli tanggal 15 waktu di Istana,\" kata Jokowi. \"Sesuai agenda penundaan sidang pekan"
                + " kemarin, sidang PK digelar kembali,\" kata jaksa KPK. \"Jadi akhir Agustus kemarin kita mendapatkan"
                + " legal opinion,\" ujarnya.";
        assertThat(days(annotate(body, LocalDate.of(2019, 9, 11)))).isEmpty();
    }

    @Test
    void aWeekdayJoinedByAtauIsTheSameMomentInAnotherTimeZone() {
        // Kompas, Monday 16 September 2019, of a match in Paris
        String body = "Paris Saint-Germain dipastikan takkan diperkuat Neymar saat menjamu Real Madrid pada matchday 1,"
                + " Rabu (18/9/2019) atau Kamis dini hari WIB.";
        assertThat(days(annotate(body, LocalDate.of(2019, 9, 16)))).containsExactly(
                tuple("Rabu (18/9/2019)", "2019-09-18"),
                tuple("Kamis dini hari", "2019-09-19"));
    }

    @Test
    void theSameDayIsTheNarrationsDayNotTheDayOfAQuotedSource() {
        // Okezone, 11 September 2019
        String body = "Tulisan tersebut dimasukkan sebagai bagian dari kolom SEA Games mendatang, yang diterbitkan pada"
                + " hari Jumat, 6 September 2019.\n\n\u201cPermainan gagal dalam aspek-aspek ini,\u201d tulisnya dilansir"
                + " dari Business Insider, Rabu (11/9/2019).\n\nDi hari yang sama, Tan menanggapi surat dari Foo.";
        assertThat(days(annotate(body, LocalDate.of(2019, 9, 11)))).containsExactly(
                tuple("hari Jumat, 6 September 2019", "2019-09-06"),
                tuple("Rabu (11/9/2019)", "2019-09-11"),
                tuple("hari yang sama", "2019-09-06"));
    }

    @Test
    void tomorrowWrittenEsokHariAndAWeekdayBesok() {
        // Okezone, 10 September 2019; Sindonews, Sunday 15 September 2019
        String mekeng = "Lembaga antirasuah rencananya juga akan melakukan pemeriksaan terhadap Mekeng pada esok hari.";
        assertThat(days(annotate(mekeng, LocalDate.of(2019, 9, 10)))).containsExactly(tuple("esok hari", "2019-09-11"));
        String merangin = "\"Kita sepakat untuk meliburkan murid TK dan SD mulai Senin besok,\" ungkap Kadisdikbud Merangin,"
                + " M Zubir K.";
        assertThat(days(annotate(merangin, LocalDate.of(2019, 9, 15)))).containsExactly(
                tuple("Senin besok", "2019-09-16"));
    }

    @Test
    void nantiPlansTheWeekdayAfterIt() {
        String body = "Nanti mulai hari Senin, jalur itu ditutup untuk kendaraan pribadi.";
        assertThat(days(annotate(body, LocalDate.of(2019, 9, 12)))).containsExactly(tuple("hari Senin", "2019-09-16"));
    }

    @Test
    void quotedWordsOfTheNextParagraphGoOnFromTheStatementsDay() {
        // Kompas, 10 September 2019: the officer spoke on Monday, so his "hari ini" in the next paragraph is Monday
        String body = "\"Dari Juli sampai September 2019, per hari ini 4 desa yang kami suplai air bersih,\" kata Kepala"
                + " BPBD Bali I Made Rentin pada Senin (9/9/2019).\n\nDesa-desa yang harus diberikan air bersih adalah Desa"
                + " Yeh Embang, Desa Brangbang, Kelurahan Pendem, dan Desa Pengambengan., \"Total distribusi sampai hari"
                + " ini 17 tangki berkapasitas 5.000 liter per tangki,\" ucap Rentin.";
        assertThat(days(annotate(body, LocalDate.of(2019, 9, 10)))).containsExactly(
                tuple("hari ini", "2019-09-09"),
                tuple("Senin (9/9/2019)", "2019-09-09"),
                tuple("hari ini", "2019-09-09"));
    }

    @Test
    void quotedWordsAfterTheNarrationMovedToAnotherDayCountFromWriting() {
        // Tempo, 11 September 2019: the narration names a past match between the statement and the quote
        String body = "\"Mereka banyak memiliki peluang daripada kami,\" ujar Pelatih Timnas Iran U-19 Sirous Pourmousavi,"
                + " Selasa (10/9/2019).\n\nSirous menuturkan anak asuhnya tampil lebih baik dibanding saat ujicoba"
                + " pertama di Stadion Patriot Bekasi Sabtu (7/9) lalu.\n\n\"Hari ini stamina pemain kami buruk,\" ujar"
                + " Sirous.";
        assertThat(days(annotate(body, LocalDate.of(2019, 9, 11)))).containsExactly(
                tuple("Selasa (10/9/2019)", "2019-09-10"),
                tuple("Sabtu (7/9) lalu", "2019-09-07"),
                tuple("Hari ini", "2019-09-11"));
    }

    @Test
    void quotedTodayIsTheDayOfTheHappeningTheLeadReports() {
        // CNN Indonesia, crawled 27 March 2017: the team chief spoke after the race the first paragraph dates
        String body = "Pebalap Ferrari Sebastian Vettel mengaku tak percaya dengan hasil yang diraih pada seri pertama"
                + " Formula 1 2017. Itu setelah ia dipastikan menjadi juara di GP Australia, Minggu (26 / 3).\n\n"
                + "Sementara Kepala Mekanik Mercedes Toto Wolff mengaku kecewa dengan performa mobil rakitannya.\n\n"
                + "\"Hari ini kami tidak cukup cepat dan Sebastian (Vettel) layak menjadi pemenang,\" ujar Wolff.";
        assertThat(days(annotate(body, LocalDate.of(2017, 3, 27)))).containsExactly(
                tuple("Minggu (26 / 3)", "2017-03-26"),
                tuple("Hari ini", "2017-03-26"));
    }

    @Test
    void quotedTodayAfterTwoDaysNamedBeforeItCountsFromWriting() {
        // the text names a second day before the quote: no one happening dates the words
        String body = "Festival itu dibuka di Jakarta, Sabtu (3 / 2 / 2018). Panitia menyiapkannya sejak Kamis"
                + " (1 / 2 / 2018).\n\n\"Hari ini kita melihat bagaimana maraknya para masyarakat,\" kata Sandi.";
        assertThat(days(annotate(body, LocalDate.of(2018, 2, 4)))).containsExactly(
                tuple("Sabtu (3 / 2 / 2018)", "2018-02-03"),
                tuple("Kamis (1 / 2 / 2018)", "2018-02-01"),
                tuple("Hari ini", "2018-02-04"));
    }

    @Test
    void hariItuOpeningASentenceIsTheDayNamedBefore() {
        // Kompas, 10 September 2019; a period's days ("selama tiga hari itu", Sindonews) are no day
        String body = "Langit Jakarta, Kamis (25/7/2019) pagi tak secerah biasanya. Hari itu, pukul 08.00 WIB, langit"
                + " tampak mendung dengan lapisan kelabu menggantung di langit. Selama tiga hari itu, sedikitnya ada"
                + " 8 kali pertunjukan.";
        assertThat(days(annotate(body, LocalDate.of(2019, 9, 10)))).containsExactly(
                tuple("Kamis (25/7/2019)", "2019-07-25"),
                tuple("Hari itu", "2019-07-25"));
    }

    @Test
    void stressedHariItulahIsTheDayNamedBefore() {
        // Okezone, 10 September 2019, of a wedding ten days before
        String body = "Sabtu 31 Agustus 2019 lalu, menjadi momen paling bersejarah dalam kehidupan Ervy Juliawita."
                + " Pada hari itulah, ia melangsungkan pernikahan dengan sang pujaan hati.";
        assertThat(days(annotate(body, LocalDate.of(2019, 9, 10)))).containsExactly(
                tuple("Sabtu 31 Agustus 2019 lalu", "2019-08-31"),
                tuple("hari itulah", "2019-08-31"));
    }

    @Test
    void todayInQuotedWordsIsTheDayOfALongAttribution() {
        // Tribunnews, Tuesday 10 September 2019, of a statement of the Wednesday before: seventeen words and five
        // commas from the verb to the day
        String body = "\"Ya, jadi untuk saudari VK, hari ini sudah ditetapkan tersangka oleh Polda Jatim,\" ujar"
                + " Karopenmas Divisi Humas Polri Brigjen Pol Dedi Prasetyo, di Bareskrim Polri, Jl Trunojoyo,"
                + " Kebayoran Baru, Jakarta Selatan, Rabu (4/9/2019).";
        assertThat(days(annotate(body, LocalDate.of(2019, 9, 10)))).containsExactly(
                tuple("hari ini", "2019-09-04"),
                tuple("Rabu (4/9/2019)", "2019-09-04"));
    }

    @Test
    void aDayCountedFromTodayThenWrittenOutIsTheDayWrittenOut() {
        // Okezone, dated 11 September 2019, written the evening before
        String body = "Dirinya mengaku akan melakukan takziah ke rumah duka BJ Habibie pada esok hari, Kamis 11"
                + " September 2019.";
        assertThat(days(annotate(body, LocalDate.of(2019, 9, 11)))).containsExactly(
                tuple("esok hari", "2019-09-11"),
                tuple("Kamis 11 September 2019", "2019-09-11"));
    }

    @Test
    void aCountedDayOpeningItsSentenceTakesUpTheNarrationAfterQuotes() {
        // Tribunnews, 10 September 2019
        String body = "Kedua orok tersebut lahir dengan cara caesar pada Kamis (05/09), setelah perempuan tersebut"
                + " menjalani proses bayi tabung.\n\n\"Ibu dan kedua anaknya dalam keadaan sehat,\" kata Dr Uma Sankar,"
                + " dokter yang menangani kelahiran, kepada BBC Telugu.\n\nMangayamma Yaramati berkata bahwa dirinya dan"
                + " suaminya, yang berusia 82 tahun, selalu menginginkan kehadiran anak. Tapi selama ini dirinya tidak"
                + " bisa mengandung.\n\n\"Kami luar biasa gembira,\" kata suaminya, Sitarama Rajarao, kepada BBC Telugu"
                + " sesaat setelah kedua putrinya dilahirkan.\n\nNamun, sehari kemudian, Rajarao tiba-tiba mengalami"
                + " stroke dan kini tengah dirawat di rumah sakit.";
        assertThat(days(annotate(body, LocalDate.of(2019, 9, 10)))).containsExactly(
                tuple("Kamis (05/09)", "2019-09-05"),
                tuple("sehari kemudian", "2019-09-06"));
    }

    @Test
    void partsOfTodayAndLastNightCountFromTheDayOfWriting() {
        // Okezone, 13 September 2019; Tempo, 11 September 2019; Okezone, 11 September 2019
        String kpk = "Saut Situmorang mengundurkan diri sebagai Wakil Ketua Komisi Pemberantasan Korupsi (KPK) setelah "
                + "selesainya proses pemilihan pimpinan KPK jilid V dini hari tadi di DPR.";
        assertThat(days(annotate(kpk, LocalDate.of(2019, 9, 13)))).containsExactly(tuple("dini hari tadi", "2019-09-13"));
        String timnas = "Yama dan Ruben tadi malam main sebagai starter bersama tim Merah Putih.";
        assertThat(days(annotate(timnas, LocalDate.of(2019, 9, 11)))).containsExactly(tuple("tadi malam", "2019-09-10"));
        String sugbk = "Akan tetapi saat Indonesia menjamu Thailand semalam, fans yang hadir ke SUGBK hanya menyentuh angka 11.";
        assertThat(days(annotate(sugbk, LocalDate.of(2019, 9, 11)))).containsExactly(tuple("semalam", "2019-09-10"));
    }

    @Test
    void anAfternoonEarlierIsNoDayWithoutTheHourOfPublishing() {
        // Sindonews, online at 08.35 on Thursday 12 September 2019, of the letter of the Wednesday afternoon
        String body = "Sore tadi, Presiden Jokowi telah mengirimkan surat presiden terkait revisi UU KPK ke DPR.";
        assertThat(annotate(body, LocalDate.of(2019, 9, 12)).times()).isEmpty();
    }

    @Test
    void aCommaDoesNotJoinAWeekdayToTheDateAfterIt() {
        // Tempo, 13 September 2019: one moment written twice, not the Friday before the 12th
        String body = "\"Apakah semua sepakat?\" tanya Ketua Komisi Hukum DPR Aziz Syamsuddin di Gedung DPR, Jumat dini hari, "
                + "pukul 01.00 WIB, 12 September 2019.";
        assertThat(days(annotate(body, LocalDate.of(2019, 9, 13)))).containsExactly(
                tuple("Jumat dini hari, pukul 01.00 WIB", "2019-09-13"), tuple("12 September 2019", "2019-09-12"));
    }

    @Test
    void bothDaysOfTwoJoinedByDanTakeTheMonthWrittenAfterTheSecond() {
        // Okezone, Tuesday 10 September 2019
        String body = "\"Untuk kepentingan penyidikan KPK menggeledah 5 lokasi pada 5 dan 6 September 2019,\" kata Wakil Ketua "
                + "KPK Laode M Syarif dikantornya, Jakarta Selatan, Selasa (10/9/2019).";
        assertThat(days(annotate(body, LocalDate.of(2019, 9, 10)))).containsExactly(
                tuple("5", "2019-09-05"), tuple("6 September 2019", "2019-09-06"), tuple("Selasa (10/9/2019)", "2019-09-10"));
    }

    @Test
    void aPartOfThatDayAndDaysLaterCountFromTheDayNamedBefore() {
        // Kompas, 15 September 2019
        String body = "Timnas harus menanggung malu saat melawan Malaysia karena kalah dengan skor 2-3 di Stadion Utama Gelora "
                + "Bung Karno, 5 September 2019.\n\nLima hari berikutnya, skuad asuhan Simon McMenemy secara mengenaskan kalah "
                + "lebih telak lagi.";
        assertThat(days(annotate(body, LocalDate.of(2019, 9, 15)))).containsExactly(
                tuple("5 September 2019", "2019-09-05"), tuple("Lima hari berikutnya", "2019-09-10"));
        // Sindonews, 11 September 2019
        String razia = "Pengendara itu terjaring razia Operasi Patuh pada 5 September lalu. Pada malam harinya sekitar pukul "
                + "20.30 WITA mereka kembali melintas.";
        assertThat(days(annotate(razia, LocalDate.of(2019, 9, 11)))).containsExactly(
                tuple("5 September", "2019-09-05"), tuple("malam harinya", "2019-09-05"));
    }

    @Test
    void semalamAfterDalamOrAPriceIsOneNight() {
        // Kompas and Tribunnews, 10 September 2019
        assertThat(annotate("\"Kemampuan menyusup itu tidak bisa didapatkan hanya dalam semalam,\" terangnya.",
                LocalDate.of(2019, 9, 10)).times()).isEmpty();
        assertThat(annotate("Mulai hotel dengan harga satu kamar 57.000 yen semalam, private pool pemandangan laut.",
                LocalDate.of(2019, 9, 10)).times()).isEmpty();
    }

    @Test
    void esokAloneIsTomorrowAndAWeekdayEsokIsTheNextOne() {
        // Tempo, Friday 13 September 2019; Kompas, Tuesday 10 September 2019
        String laga = "\"Saya tidak memikirkan hal lain, (tapi) bagaimana tim ini bisa menang di laga esok,\" ujar Banuelos "
                + "di Jakarta, Jumat.";
        assertThat(days(annotate(laga, LocalDate.of(2019, 9, 13)))).containsExactly(
                tuple("esok", "2019-09-14"), tuple("Jumat", "2019-09-13"));
        String mekeng = "Febri mengatakan, pada Rabu esok, KPK menjadwalkan pemeriksaan Mekeng sebagai saksi.";
        assertThat(days(annotate(mekeng, LocalDate.of(2019, 9, 10)))).containsExactly(tuple("Rabu esok", "2019-09-11"));
    }

    @Test
    void aRelativeDayLabelledWithARangeIsTheRangesDay() {
        // Sindonews, 11 September 2019
        String body = "Pasalnya hari ini dan besok (11-12/9), 10 capim tersebut akan mengikuti uji kelayakan di hadapan "
                + "para anggota Komisi III DPR.";
        assertThat(days(annotate(body, LocalDate.of(2019, 9, 11)))).containsExactly(
                tuple("hari ini", "2019-09-11"), tuple("besok (11-12/9)", "2019-09-12"));
    }

    @Test
    void aWeekdayJoinedToTheDatedDayAfterItFallsInTheDaysUpToThatDate() {
        // Okezone, Friday 13 September 2019: the Saturday ahead, not the one before
        String saut = "\"Pengunduran diri saya sebagai pimpinan KPK-terhitung mulai Senin, 16 September 2019-masih ada dua "
                + "kegiatan lagi di Yogya Sabtu dan Minggu14/15 September 2019 - Jelajah Dongeng antikorupsi,\" kata Saut.";
        assertThat(days(annotate(saut, LocalDate.of(2019, 9, 13)))).containsExactly(
                tuple("Senin, 16 September 2019", "2019-09-16"), tuple("Sabtu", "2019-09-14"),
                tuple("15 September 2019", "2019-09-15"));
        // Sindonews, Tuesday 10 September 2019
        String korem = "Lomba karapan sapi mewarnai peringatan hari ulang tahun (HUT) pertama Korem 133/Nani Wartabone, "
                + "Senin-Rabu (9-11/9/2019) di Kompleks Korem 133/Nani Wartabone.";
        assertThat(days(annotate(korem, LocalDate.of(2019, 9, 10)))).containsExactly(
                tuple("Senin", "2019-09-09"), tuple("Rabu (9-11/9/2019)", "2019-09-11"));
    }

    @Test
    void aWeekdayBeforeARangeOfDaysIsItsLastDayAndTheWeekdayBeforeItTheFirst() {
        // tempo.co, Wednesday 11 September 2019 (its lead's end): Thursday the 12th, not the Thursday before writing
        String fit = "Komisi Hukum Dewan Perwakilan Rakyat yang digelar Rabu-Kamis, 11-12 September nanti.";
        assertThat(days(annotate(fit, LocalDate.of(2019, 9, 11)))).containsExactly(tuple("Rabu", "2019-09-11"),
                tuple("Kamis", "2019-09-12"), tuple("12 September", "2019-09-12"));
        // okezone.com, Wednesday 11 September 2019
        String expo = "Kegiatan Inovasi Inovator Indonesia Expo (I3E) yang akan diselenggarakan di Hall B Jakarta "
                + "Convention Center (JCC) Senayan, Kamis–Minggu 3-6 Oktober 2019.";
        assertThat(days(annotate(expo, LocalDate.of(2019, 9, 11)))).containsExactly(tuple("Kamis", "2019-10-03"),
                tuple("Minggu", "2019-10-06"), tuple("6 Oktober 2019", "2019-10-06"));
        // tempo.co, Friday 13 September 2019
        String festival = "Festival itu akan digelar di pelataran Benteng Vastenburg selama dua hari, Sabtu dan Minggu, "
                + "14 - 15 September 2019.";
        assertThat(days(annotate(festival, LocalDate.of(2019, 9, 13)))).containsExactly(tuple("Sabtu", "2019-09-14"),
                tuple("Minggu", "2019-09-15"), tuple("15 September 2019", "2019-09-15"));
        // tempo.co, Wednesday 11 September 2019: 9 and 10 September were a Monday and a Tuesday, so the weekdays
        // name no day of the range
        String slip = "Penduduk perumahan Bangas Permai, Palangkaraya dan aparat Kepolisian Resort Kabupaten Kotawaringin "
                + "Timur meminta hujan untuk mengusir ,, Selasa dan Rabu, 9-10 September 2019.";
        assertThat(days(annotate(slip, LocalDate.of(2019, 9, 11)))).containsExactly(
                tuple("10 September 2019", "2019-09-10"));
    }

    @Test
    void aScheduleDayHeadingItsItemsIsReadButDoesNotDateTheReport() {
        // Tempo, Monday 16 September 2019
        String body = "Kompetisi Liga Champions musim 2019/2020 akan dimulai pekan ini. Sejumlah laga menarik akan tersaji.\n\n"
                + "Simak jadwal Liga Champions pekan pertama dan siaran langsungnya:\n\nSelasa, 17 September 2019\n\n"
                + "Inter Milan vs Slavia Praha | 23:55 WIB (SCTV)\n\nLyon vs Zenit | 23:55 WIB.";
        assertThat(days(annotate(body, LocalDate.of(2019, 9, 16)))).containsExactly(
                tuple("Selasa, 17 September 2019", "2019-09-17"));
        assertThat(annotate(body).published()).isNull();
    }

    @Test
    void aScheduleDayWithItsVenueHeadsItsItems() {
        // Tempo, Thursday 12 September 2019
        String body = "Harapan Indonesia digagalkan Australia yang mengalahkan tim merah putih dengan skor tipis 3-2.\n\n"
                + "Berikut jadwal kualifikasi , U16 2019:\n\nSabtu, 14 September 2019 (Stadion Madya):\n\n"
                + "Brunei Darussalam vs Cina\n\nMinggu, 22 September 2019 (Stadion Gelora Bung Karno):\n\n"
                + "Indonesia vs Cina";
        assertThat(days(annotate(body, LocalDate.of(2019, 9, 12)))).containsExactly(
                tuple("Sabtu, 14 September 2019", "2019-09-14"),
                tuple("Minggu, 22 September 2019", "2019-09-22"));
    }

    @Test
    void weekdaysListedAfterEveryRecurToo() {
        // Kompas, Monday 16 September 2019
        String body = "Proses audisi Indonesian Idol X akan mulai tayang di RCTI setiap Senin dan Selasa mulai 7 Oktober"
                + " 2019 pukul 21.00 WIB.";
        assertThat(days(annotate(body, LocalDate.of(2019, 9, 16)))).containsExactly(
                tuple("7 Oktober 2019 pukul 21.00 WIB", "2019-10-07"));
    }

    @Test
    void aWeekdayWithTomorrowInBracketsIsTheNextSuchDay() {
        // Okezone, Tuesday 10 September 2019
        String body = "\"Mereka diliburkan dari hari ini sampai Rabu (besok). Tadi, memang ada yang belajar,\" ucap Jamal.";
        assertThat(days(annotate(body, LocalDate.of(2019, 9, 10)))).containsExactly(
                tuple("hari ini", "2019-09-10"),
                tuple("Rabu (besok)", "2019-09-11"));
    }

    @Test
    void daysTheSpeakerSchedulesLieAhead() {
        // Tempo, Monday 16 September 2019, of a statement of the Sunday before
        String body = "\"Kami jadwalkan penyelarasan selama dua hari Senin dan Selasa,\" kata Syarif saat dihubungi.";
        assertThat(days(annotate(body, LocalDate.of(2019, 9, 16)))).containsExactly(
                tuple("hari Senin", "2019-09-16"),
                tuple("Selasa", "2019-09-17"));
    }

    @Test
    void theFridayPrayerNamesNoDay() {
        // Okezone, Thursday 12 September 2019
        String body = "Bahkan, Habibie selalu berziarah ke makam istrinya sebelum melaksanakan ibadah Salat Jumat.";
        assertThat(annotate(body, LocalDate.of(2019, 9, 12)).times()).isEmpty();
    }
    @Test
    void aLineOfTheArticleAnnouncingAListReportsItsDay() {
        // Tempo, Thursday 12 September 2019: the day the announced matches are played
        String body = "Ia menutup pertandingan dengan torehan 19 poin, sembilan dan sembilan assist.\n\n"
                + "Berikut jadwal semifinal Piala Dunia Basket FIBA 2019 yang berlangsung Jumat (13/9):\n\n"
                + "15.00 WIB Spanyol vs Australia\n\n19.00 WIB Argentina vs Prancis\n\nSpanyol difavoritkan menang.";
        assertThat(days(annotate(body, LocalDate.of(2019, 9, 12)))).containsExactly(tuple("Jumat (13/9)", "2019-09-13"));
        // Tribunnews, Tuesday 10 September 2019: the day of a round-up dates the report when the page states none
        String roundUp = "Wiranto mengatakan TNI menyiapkan pesawat Hercules untuk mengangkut mahasiswa.\n\n"
                + "Berikut rangkuman terkini berita ratusan mahasiswa Papua yang pulang kampung sebagaimana dihimpun "
                + "Tribunnews.com, Selasa (10/9/2019):\n\nDalam keterangannya, Ketua MRP, Timotius Murib membantah "
                + "kepulangan ratusan mahasiswa Papua ke daerah asalnya.";
        TimeAnnotation undated = annotate(roundUp, DateContext.years(2019, 2019));
        assertThat(undated.published()).isEqualTo("2019-09-10");
        assertThat(days(undated)).containsExactly(tuple("Selasa (10/9/2019)", "2019-09-10"));
    }

    @Test
    void aDateWrittenWithDashesIsThatDay() {
        // Sindonews, Thursday 12 September 2019
        String body = "General Manager Oakwood Hotel dan Residence Surabaya Shafar Jamaludin mengungkapkan, grand opening "
                + "sengaja dilakukan pada tanggal spesial, 9-9-2019.";
        assertThat(days(annotate(body, LocalDate.of(2019, 9, 12)))).containsExactly(tuple("9-9-2019", "2019-09-09"));
    }

    @Test
    void theFastOfMondaysAndThursdaysNamesNoDay() {
        // Okezone, Monday 16 September 2019
        String body = "Seperti dilansir dari Cleverism, Senin (16/9/2019), berikut ini lima ulasan selengkapnya terkait "
                + "manfaat menjalani puasa Senin Kamis.";
        assertThat(days(annotate(body, LocalDate.of(2019, 9, 16)))).containsExactly(
                tuple("Senin (16/9/2019)", "2019-09-16"));
    }
    @Test
    void aSentenceTheScrapeLeftWithoutItsStopIsRead() {
        // Kompas, Monday 16 September 2019: the line lost its stop with a link cut out of its end
        String body = "Pemanggilan Senin ini merupakan pemanggilan kedua bagi Mekeng setelah tidak hadir pada pemanggilan "
                + "pertama, Rabu lalu.\n\nPemeriksaan Mekeng Senin ini akan dilakukan bersamaan dengan pemeriksaan Samin Tan"
                + "\n\nDalam kasus ini, Samin diduga memberikan uang sejumlah Rp 5 miliar.";
        assertThat(days(annotate(body, LocalDate.of(2019, 9, 16)))).containsExactly(
                tuple("Senin ini", "2019-09-16"), tuple("Rabu lalu", "2019-09-11"), tuple("Senin ini", "2019-09-16"));
        // Tempo, Monday 16 September 2019: the weekday's line broken from its date
        String broken = "Dinas Pendidikan Kota Pekanbaru kembali memperpanjang libur sekolah.\n\n"
                + "Libur sekolah sebelumnya sudah diberlakukan sejak Selasa\n\n10 September 2019 sampai Sabtu, "
                + "14 September 2019.";
        assertThat(days(annotate(broken, LocalDate.of(2019, 9, 16)))).containsExactly(
                tuple("Selasa", "2019-09-10"), tuple("10 September 2019", "2019-09-10"),
                tuple("Sabtu, 14 September 2019", "2019-09-14"));
    }
    @Test
    void theFirstDaysCountedAndDaysOfTheseDaysAreSpans() {
        // Tempo, Thursday 12 September 2019
        assertThat(annotate("\"Selama tiga hari pertama operasi penertiban ODOL terjaring 1.200 kendaraan,\" kata dia.",
                LocalDate.of(2019, 9, 12)).times()).isEmpty();
        // Tempo, Monday 16 September 2019: a poem's line
        assertThat(annotate("Puisi itu berbunyi, hari-hari ini, kami di Bulaksumur bersedih.",
                LocalDate.of(2019, 9, 16)).times()).isEmpty();
    }
}
