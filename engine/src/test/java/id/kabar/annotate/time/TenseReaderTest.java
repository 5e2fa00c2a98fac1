package id.kabar.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.text.Text;
import id.kabar.annotate.text.TextSegmenter;
import id.kabar.annotate.time.DayMention.Tense;
import org.junit.jupiter.api.Test;

class TenseReaderTest {
    private final TenseReader reader = new TenseReader();

    private Tense tenseOf(String body, String mention) {
        Text text = new TextSegmenter().segment(body);
        int at = body.indexOf(mention);
        return reader.tense(body, text.sentences().get(0), at, at + mention.length());
    }

    @Test
    void plannedDayInTheSameClause() {
        String body = "Podolyak mengatakan pembicaraan dengan Rusia berakhir pada Senin, tetapi akan dilanjutkan"
                + " pada Selasa (15/3/2022).";
        assertThat(tenseOf(body, "Selasa")).isEqualTo(Tense.PLANNED);
        assertThat(tenseOf(body, "Senin")).isEqualTo(Tense.REPORTED);
        assertThat(tenseOf("Ia berkata, KPK kemungkinan akan memberi keterangan tersebut pada Rabu (14/2).", "Rabu"))
                .isEqualTo(Tense.PLANNED);
    }

    @Test
    void reportingDayAfterAQuoteIsReported() {
        assertThat(tenseOf("\"Kalau kondisi dia 100 persen ya dia akan main besok,\" kata Wanderley dalam rilis,"
                + " Sabtu (22/7).", "Sabtu")).isEqualTo(Tense.REPORTED);
    }

    @Test
    void akanFarFromTheDayDoesNotPlanIt() {
        assertThat(tenseOf("Rumor akan keberadaan Weinstein pertama kali berhembus ketika aktris Rosanna Arquette"
                + " mengunggah sebuah pernyataan di akun Facebook miliknya pada Kamis (4/1).", "Kamis"))
                .isEqualTo(Tense.REPORTED);
    }

    @Test
    void akanTenWordsBeforeTheDayPlansIt() {
        // CLICK-ID week, 10 September 2019: a stadium's long name stands between the plan and its day
        assertThat(tenseOf("Skuad Garuda akan menjamu Thailand di Stadion Utama Gelora Bung Karno (SUGBK) pada Selasa"
                + " (10/9/2019) malam WIB.", "Selasa (10/9/2019)")).isEqualTo(Tense.PLANNED);
    }

    @Test
    void wordAfterTheDateCanPlanIt() {
        assertThat(tenseOf("Sidang lanjutan perkara itu digelar Senin (3/4) mendatang di PN Jakarta Utara.",
                "Senin (3/4)")).isEqualTo(Tense.PLANNED);
        assertThat(tenseOf("Mayat itu ditemukan Senin (3/4) lalu di tepi sungai.", "Senin (3/4)"))
                .isEqualTo(Tense.REPORTED);
    }

    @Test
    void sinceADay() {
        assertThat(tenseOf("Penambang meninggalkan lokasi penambangan ilegal itu sejak Jumat (17/3).", "Jumat"))
                .isEqualTo(Tense.EARLIER);
    }

    @Test
    void aFormOfTheScheduleVerbPlansTheDay() {
        // CLICK-ID week; "dijadwalkan" is one of the forms planning-words.txt lists
        assertThat(tenseOf("Untuk kloter 13 dijadwalkan tiba pada Senin (16/9/2019) pada pukul 5.35 WITA sebanyak 215"
                + " jamaah.", "Senin (16/9/2019)")).isEqualTo(Tense.PLANNED);
    }

    @Test
    void nantiAfterTheDayPlansIt() {
        // CLICK-ID week: "Sabtu nanti", from ahead-after-a-day.txt
        assertThat(tenseOf("Dalam laga berikutnya, Sabtu nanti, Barcelona akan melawan Valencia.", "Sabtu"))
                .isEqualTo(Tense.PLANNED);
    }

    @Test
    void sementaraQualifyingTheWordBeforeItKeepsThePlanningClause() {
        // CLICK-ID week: "membekukan sementara" (suspend for a time) qualifies the verb before it
        assertThat(tenseOf("Dikutip dari reuters.com, putusan pengadilan tinggi Scotlandia itu menentang keputusan"
                + " Perdana Menteri Johnson yang akan membekukan sementara parlemen Inggris dari Senin, 9 September 2019"
                + " sampai 14 Oktober 2019.", "Senin")).isEqualTo(Tense.PLANNED);
    }

    @Test
    void sementaraOpeningAClauseEndsThePlanningClause() {
        // CLICK-ID week: "sementara" opens the clause after the comma; the "akan" before it does not plan Thursday
        assertThat(tenseOf("\"Mereka akan menghancurkan potensi menghidupkan kembali negosiasi dan perdamaian regional,"
                + " sementara sangat merusak kelangsungan solusi dua-Negara,\" imbuhnya seperti dikutip dari Reuters,"
                + " Kamis (12/9/2019).", "Kamis")).isEqualTo(Tense.REPORTED);
    }
}
