package id.kabar.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.text.ScanEquivalence;
import id.kabar.annotate.text.Sentence;
import id.kabar.annotate.text.Text;
import id.kabar.annotate.text.TextSegmenter;
import id.kabar.annotate.time.DayExpression.CalendarDate;
import id.kabar.annotate.time.DayExpression.CountedDay;
import id.kabar.annotate.time.DayExpression.NamedWeekday;
import id.kabar.annotate.time.DayExpression.RelativeDay;
import id.kabar.annotate.time.DayExpression.WeekShift;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DayMentionMatcherTest {
    private final DayMentionMatcher matcher = new DayMentionMatcher();

    private List<DayMention> find(String body) {
        Text text = new TextSegmenter().segment(body);
        List<DayMention> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            out.addAll(matcher.find(body, s));
        }
        out.forEach(m -> assertThat(body.substring(m.start(), m.end())).isEqualTo(m.text()));
        return out;
    }

    @Test
    void weekdayWithDayAndMonthInBrackets() {
        List<DayMention> found = find("Katakanlah, jika produksi mereka 100 ribu barel per hari, kami bisa dapatkan"
                + " 10 ribu barel, \" kata Elia kepada CNNIndonesia.com di Gedung DPR, Kamis (8/7).");
        assertThat(found).extracting(DayMention::text).containsExactly("Kamis (8/7)");
        assertThat(found.get(0).expression()).isEqualTo(new CalendarDate(DayOfWeek.THURSDAY, 8, 7, null));
    }

    /**
     * tempo.co: days of one month listed before the last take its month; antaranews.com (IndoSum): so do the days
     * listed before a range's end, with {@code tanggal} opening the list.
     */
    @Test
    void daysListedBeforeTheLastTakeItsMonth() {
        List<DayMention> festival = find("Festival Payung Indonesia yang digelar di Candi Prambanan, 6,7 dan 8 September"
                + " lalu, banyak ditampilkan karya seni.");
        assertThat(festival).extracting(DayMention::expression).containsExactly(new CalendarDate(null, 6, 9, null),
                new CalendarDate(null, 7, 9, null), new CalendarDate(null, 8, 9, null));
        List<DayMention> battle = find("\"Waktu itu tiga hari pertempuran di Magelang tanggal 19, 20 sampai 21 November"
                + " 1945.");
        assertThat(battle).extracting(DayMention::expression).containsExactly(new CalendarDate(null, 19, 11, 1945),
                new CalendarDate(null, 20, 11, 1945), new CalendarDate(null, 21, 11, 1945));
    }

    @Test
    void olderSpellingsOfMonths() {
        List<DayMention> found = find("Mengenai pupuk bersubsidi ini diatur dalam Surat Keputusan Menperindag No."
                + " 70/MPP/Kep/2/2003 tanggal 11 Pebruari 2003, tentang Pengadaan dan Penyaluran Pupuk Bersubsidi"
                + " Untuk Sektor Pertanian.");
        assertThat(found).extracting(DayMention::text).containsExactly("tanggal 11 Pebruari 2003");
        assertThat(found.get(0).expression()).isEqualTo(new CalendarDate(null, 11, 2, 2003));
    }

    @Test
    void fullDatesWithYearsInEveryWrittenForm() {
        assertThat(find("SPANYOL – Barcelona berhasil memboyong kemenangan besar atas Real Madrid, Sabtu (23/12/2017).")
                .get(0).expression()).isEqualTo(new CalendarDate(DayOfWeek.SATURDAY, 23, 12, 2017));
        assertThat(find("Charoen Pokphand Indonesia di Kawasan Industri Modern Cikande, Senin (13/3/ 2017).")
                .get(0).expression()).isEqualTo(new CalendarDate(DayOfWeek.MONDAY, 13, 3, 2017));
        List<DayMention> named = find("Sebelumnya, kedua pasangan juga sempat bertemu pada laga final Korea Terbuka,"
                + " 17 September 2017.");
        assertThat(named).extracting(DayMention::text).containsExactly("17 September 2017");
        assertThat(named.get(0).expression()).isEqualTo(new CalendarDate(null, 17, 9, 2017));
    }

    @Test
    void weekdayNamesWithTheirWordsAround() {
        assertThat(find("AFP melaporkan bahwa pasukan Rusia mulai bergerak ke arah Kiev melalui Belarus pada Jumat pagi."))
                .extracting(DayMention::text).containsExactly("Jumat pagi");
        List<DayMention> last = find("Keributan itu berjarak sangat dekat dengan kericuhan di Bandung, Kamis kemarin.");
        assertThat(last.get(0).expression()).isEqualTo(new NamedWeekday(DayOfWeek.THURSDAY, WeekShift.LAST));
        List<DayMention> next = find("Single terbaru tersebut rencananya akan dirilis pada Kamis pekan depan.");
        assertThat(next).extracting(DayMention::text).containsExactly("Kamis pekan depan");
        assertThat(next.get(0).expression())
                .isEqualTo(new NamedWeekday(DayOfWeek.THURSDAY, WeekShift.FOLLOWING_WEEK));
        assertThat(find("Pejabat Rusia dan Ukraina bertemu pada hari Senin di perbatasan Belarus."))
                .extracting(DayMention::text).containsExactly("hari Senin");
    }

    @Test
    void aPartOfTheDayFromTheListStandsBetweenTheWeekdayAndItsDate() {
        // CLICK-ID week; "petang" is one of weekday-parts.txt
        List<DayMention> found = find("Ketika BJ Habibie meninggal pada Rabu petang (11/9/2019), Xanana menyatakan"
                + " mendiang presiden berusia 83 tahun itu sebagai sosok.");
        assertThat(found).extracting(DayMention::text).containsExactly("Rabu petang (11/9/2019)");
        assertThat(found.get(0).expression()).isEqualTo(new CalendarDate(DayOfWeek.WEDNESDAY, 11, 9, 2019));
    }

    @Test
    void mingguOpeningASentenceAsLastWeekIsNotSunday() {
        assertThat(find("Minggu lalu, pemerintah mengumumkan kebijakan baru.")).isEmpty();
        assertThat(find("Pertandingan itu digelar pada Minggu (27/2) malam.")).hasSize(1);
    }

    @Test
    void daysCountedFromToday() {
        List<DayMention> found = find("KNR ditangkap polisi di rumahnya di Kampung Merdeka, dua hari lalu.");
        assertThat(found).extracting(DayMention::text).containsExactly("dua hari lalu");
        assertThat(found.get(0).expression()).isEqualTo(new RelativeDay(-2));
        assertThat(find("\"Jeda teknis telah diambil dalam negosiasi hingga besok,\" tulis Podolyak di Twitter.")
                .get(0).expression()).isEqualTo(new RelativeDay(1));
        assertThat(find("Nanti malam saya kembali ke klub, besok ikut latihan dan lusa langsung main."))
                .extracting(m -> m.expression()).containsExactly(new RelativeDay(1), new RelativeDay(2));
    }

    @Test
    void nthDayOfAnEventTakesTheDayWrittenWithIt() {
        List<DayMention> found = find("Berdasarkan catatan pemerintah setempat, setidaknya 137 orang tewas akibat"
                + " gempuran Rusia sepanjang hari pertama invasi pada Kamis.");
        assertThat(found).extracting(DayMention::text).containsExactly("hari pertama invasi pada Kamis");
        assertThat(found.get(0).expression()).isEqualTo(new CountedDay(1, "invasi",
                new NamedWeekday(DayOfWeek.THURSDAY, WeekShift.NEAREST), false));
        assertThat(find("Pergerakan pasukan ini menimbulkan kekhawatiran Rusia bisa menduduki Kiev di hari kedua"
                + " invasi ini.").get(0).expression()).isEqualTo(new CountedDay(2, "invasi", null, true));
        assertThat(find("Pada hari ketiganya kita dapat bantuan serangan dari pasukan Purwokerto.")).isEmpty();
    }

    @Test
    void clockTimeBelongsToItsDay() {
        assertThat(find("Gempa mengguncang Lombok pada Minggu (5/8) pukul 18.46 WITA."))
                .extracting(DayMention::text).containsExactly("Minggu (5/8) pukul 18.46 WITA");
    }

    @Test
    void dateWrittenAfterAShiftedWeekday() {
        List<DayMention> found = find("Hujan deras mengguyur wilayah Kabupaten Sumedang sejak Selasa kemarin (20/9).");
        assertThat(found).extracting(DayMention::text).containsExactly("Selasa kemarin (20/9)");
        assertThat(found.get(0).expression()).isEqualTo(new CalendarDate(DayOfWeek.TUESDAY, 20, 9, null));
    }

    @Test
    void dateFollowedByMendatangIsPlanned() {
        List<DayMention> found = find("Sidang lanjutan perkara itu digelar Senin (3/4) mendatang di PN Jakarta Utara.");
        assertThat(found).extracting(DayMention::text, DayMention::tense)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Senin (3/4) mendatang", DayMention.Tense.PLANNED));
    }

    @Test
    void recurringDaysAreNoSpecificDay() {
        assertThat(find("Peringatan Hari Kartini yang jatuh setiap tanggal 21 April disambut antusias.")).isEmpty();
        assertThat(find("Pasar murah digelar tiap hari Jumat di halaman kantor kecamatan.")).isEmpty();
    }

    @Test
    void twoBareWeekdaysSideBySideAreTheWeekendNoDay() {
        // Poskota, 17 December 2017: a seller's busy days
        assertThat(find("\"Kalo sehari bisa 250 mangkok. Sabtu Minggu dan liburan bisa lebih banyak,\" ujarnya."))
                .isEmpty();
        assertThat(find("Pameran digelar Sabtu dan Minggu di Balai Kota.")).extracting(DayMention::text)
                .containsExactly("Sabtu", "Minggu");
    }

    @Test
    void districtNamedAfterAWeekdayIsNoDay() {
        assertThat(find("Tanggul jebol di Kelurahan Jatipadang, Pasar Minggu, Jakarta Selatan, Jumat (20/10)."))
                .extracting(DayMention::text).containsExactly("Jumat (20/10)");
    }

    @Test
    void durationsAndVagueTimesAreNotDays() {
        assertThat(find("Perundingan itu merupakan putaran keempat dan yang pertama dilakukan dalam sepekan.")).isEmpty();
        assertThat(find("Ada pertempuran di seluruh Ukraina saat ini.")).isEmpty();
        assertThat(find("Stories memungkinkan pengguna berbagi foto yang hanya bertahan selama 24 jam.")).isEmpty();
    }

    @Test
    void daysScannedAsFindFindsThemInNewsText() {
        List<String> bodies = ScanEquivalence.bodies();
        assertThat(ScanEquivalence.assertSameMatches(DayMentionMatcher.DAY, bodies)).isGreaterThan(100);
        assertThat(ScanEquivalence.assertSameMatches(DayMentionMatcher.RELATIVE, bodies)).isPositive();
        assertThat(ScanEquivalence.assertSameMatches(DayMentionMatcher.ANAPHORIC, bodies)).isPositive();
        assertThat(ScanEquivalence.assertSameMatches(DayMentionMatcher.DAY_OF_MONTH, bodies)).isPositive();
        assertThat(ScanEquivalence.assertSameMatches(DayMentionMatcher.COUNTED, bodies)).isPositive();
    }
}
