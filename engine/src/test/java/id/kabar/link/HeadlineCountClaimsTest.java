package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.Claim;
import id.kabar.model.ClaimCategory;
import id.kabar.model.ClaimGroup;
import id.kabar.model.ClaimGroupKind;
import id.kabar.model.MemberRef;
import id.kabar.model.Qualifier;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Counts two reports of one event put in their headlines with different figures, from the CLICK-ID week (September
 * 2019): one count when the headlines say the same of it, two when only a name ties them.
 */
class HeadlineCountClaimsTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2019, 9, 11);

    /** An article whose headline and lead are given and whose one claim is {@code text} of {@code value} in {@code unit}. */
    private static ArticleProfile article(String id, String outlet, String title, String lead, String text,
                                          double value, String unit) {
        return article(id, outlet, WEDNESDAY, title, lead, text, value, unit);
    }

    /** The same, published on {@code day}. */
    private static ArticleProfile article(String id, String outlet, LocalDate day, String title, String lead,
                                          String text, double value, String unit) {
        int start = lead.indexOf(text);
        assertThat(start).as(text).isNotNegative();
        List<Claim> claims = List.of(new Claim(text, ClaimCategory.COUNT, value, Qualifier.ABOUT, unit, unit,
                null, null, start, start + text.length()));
        return new ArticleProfile(0, id, outlet, day, title, List.of(), day, lead, new int[0],
                new float[0], new int[0], new float[0], new int[0], List.of(), claims, null, 0, null, 0, new int[0],
                new int[0], new int[0], HappeningKinds.NONE, new int[0], null, null, null, null, false, null, List.of(),
                ClaimSentence.of(lead, claims), null);
    }

    /** The groups of one event's articles, each article its own story and its own text. */
    private static List<ClaimGroup> groupsOfOneEvent(ArticleProfile... articles) {
        List<ArticleProfile> all = List.of(articles);
        return ClaimGrouper.group(all, all::indexOf, String::valueOf, all::indexOf, p -> 0);
    }

    @Test
    void twoSourcesOfOneLayoffInTheHeadlinesDisagree() {
        ArticleProfile tempo = article("tempo", "tempo.co",
                "Bukalapak PHK 250 Karyawan, Rudiantara Bantah Sinyal Gulung Tikar",
                "Rudiantara menjelaskan, industri yang melakukan PHK pada umumnya dilakukan kalau kinerja perusahaan "
                        + "sudah menurun. Tetapi, Bukalapak hanya memangkas sekitar 250 orang.",
                "sekitar 250 orang", 250, "orang");
        ArticleProfile okezone = article("okezone", "okezone.com", "Rudiantara Sebut 100 Karyawan Bukalapak Kena PHK",
                "Pemutusan hubungan kerja (PHK) massal karyawan e-commerce Indonesia, Bukalapak sudah terdengar ke "
                        + "pemerintah. Dirinya menerima laporan bahwa ada sekira 100 karyawan yang dipangkas.",
                "sekira 100 karyawan", 100, "karyawan");

        assertThat(groupsOfOneEvent(tempo, okezone)).singleElement().satisfies(g -> {
            assertThat(g.kind()).isEqualTo(ClaimGroupKind.DISAGREEMENT);
            assertThat(g.members()).containsExactlyInAnyOrder(new MemberRef("tempo", 0), new MemberRef("okezone", 0));
        });
    }

    @Test
    void aSharedNameAloneLeavesTwoCounts() {
        ArticleProfile first = article("tempo", "tempo.co", "Bencana Kabut Asap, 54 Penerbangan Lion Air Group Terganggu",
                "Bencana asap telah membuat kelompok maskapai Lion Air Group mengalami gangguan, ada 54 penerbangan "
                        + "terganggu.",
                "54 penerbangan", 54, "penerbangan");
        ArticleProfile second = article("kompas", "kompas.com",
                "81 Penerbangan Lion Air Group Dibatalkan akibat Kabut Asap, Ini Daftarnya",
                "Maskapai Lion Air Group membatalkan 81 penerbangan akibat kabut asap.",
                "81 penerbangan", 81, "penerbangan");

        assertThat(groupsOfOneEvent(first, second)).isEmpty();
    }

    @Test
    void headlineCountsOfTwoDaysCountTwoPeriods() {
        ArticleProfile sunday = article("okezone", "okezone.com", LocalDate.of(2019, 9, 15),
                "Garuda Indonesia Batalkan 12 Penerbangan Akibat Kabut Asap",
                "Maskapai Garuda Indonesia membatalkan 12 penerbangan dari Jakarta ke beberapa wilayah di Kalimantan.",
                "12 penerbangan", 12, "penerbangan");
        ArticleProfile monday = article("tempo", "tempo.co", LocalDate.of(2019, 9, 16),
                "Kabut Asap, Garuda Batalkan 15 Penerbangan Hingga 19 September",
                "Manajemen PT Garuda Indonesia (Persero) Tbk. membatalkan 15 penerbangan untuk periode perjalanan 16 "
                        + "hingga 19 September 2019.",
                "15 penerbangan", 15, "penerbangan");

        assertThat(groupsOfOneEvent(sunday, monday)).isEmpty();
    }

    @Test
    void aCommonCountInTheHeadlinesCountsAnotherSet() {
        ArticleProfile chosen = article("okezone", "okezone.com", "Komisi III DPR Voting Pilih 5 Capim KPK",
                "Komisi III menggelar voting di gedung DPR dan memilih 5 capim.", "5 capim", 5, "capim");
        ArticleProfile unvoted = article("tempo", "tempo.co", "3 Capim KPK Ini Malah Dapat 0 Suara di DPR",
                "Dalam voting di gedung DPR, 3 capim tak mendapat suara.", "3 capim", 3, "capim");

        assertThat(groupsOfOneEvent(chosen, unvoted)).isEmpty();
    }

    @Test
    void aHeadlineCountIsAWholeFigureBeforeANoun() {
        assertThat(ClaimGrouper.headlineCounts("Menguat Enam Hari Beruntun, IHSG Sesi Siang Turun 22,96 Poin")).isEmpty();
        assertThat(ClaimGrouper.headlineCounts("Man City Takluk 2-3 dari Norwich")).isEmpty();
        assertThat(ClaimGrouper.headlineCounts("Polisi Tetapkan 1.200 Tersangka"))
                .singleElement().satisfies(h -> {
                    assertThat(h.value()).isEqualTo(1200);
                    assertThat(h.noun()).isEqualTo("tersangka");
                });
    }
}
