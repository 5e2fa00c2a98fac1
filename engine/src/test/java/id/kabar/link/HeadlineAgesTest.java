package id.kabar.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.model.Article;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CLICK-ID headlines of 10-16 September 2019 on the national sides: the broadcast schedules of the under-16 side's
 * qualifier against the Philippines (okezone.com) and of the under-19 side's friendly against Iran (tribunnews.com),
 * which headlined one subject and ran the two sides' matches into one story, and tempo.co's schedule of all three
 * sides.
 */
class HeadlineAgesTest {
    private static final String UNDER_16 = "Jadwal Siaran Langsung Timnas Indonesia U-16 vs Filipina di RCTI";
    private static final String UNDER_19 = "Jadwal Siaran Langsung Timnas U-19 Indonesia vs Iran, Live RCTI Besok Sore";
    private static final String ALL_SIDES = "Jadwal Timnas Indonesia Senior, Timnas U-19 dan Timnas U-16";

    private static ArticleProfile headlined(String title) {
        Article a = new Article("clickid", null, "id", "okezone.com", title, LocalDate.of(2019, 9, 12), null, List.of(),
                null, "Timnas Indonesia akan bertanding di Stadion Madya, Jakarta.", null, null);
        return new ArticleProfiler(new Vocabulary()).profile(0, IndoSumSample.crude(a));
    }

    @Test
    void headlinesOfTwoAgeClassesAreApart() {
        assertThat(HeadlineAges.apart(headlined(UNDER_16), headlined(UNDER_19))).isTrue();
    }

    @Test
    void aHeadlineOfSeveralSidesMeetsEachAndOneWithoutAClassMeetsAll() {
        assertThat(HeadlineAges.apart(headlined(ALL_SIDES), headlined(UNDER_16))).isFalse();
        assertThat(HeadlineAges.apart(headlined(ALL_SIDES), headlined(UNDER_19))).isFalse();
        assertThat(HeadlineAges.apart(headlined("Timnas Indonesia Menyerah 0-3 dari Thailand"), headlined(UNDER_16)))
                .isFalse();
    }

    @Test
    void anAgeClassIsReadWithOrWithoutItsHyphen() {
        assertThat(HeadlineAges.of("Inilah 23 Pemain Timnas U16 di Kualifikasi Piala Asia")).containsExactly(16);
        assertThat(HeadlineAges.of(ALL_SIDES)).containsExactly(16, 19);
        assertThat(HeadlineAges.of("Harga Emas Antam Turun Rp 4.000 per Gram")).isEmpty();
        assertThat(HeadlineAges.apart(headlined("Inilah 23 Pemain Timnas U16 di Kualifikasi Piala Asia"),
                headlined(UNDER_16))).isFalse();
    }

    @Test
    void theHeadlinesStemsKeepTheAgeClassTheAnalyzerDrops() {
        ArticleProfiler profiler = new ArticleProfiler(new Vocabulary());
        int[] hyphened = profiler.headlineStems("Daftar 23 Pemain Timnas U-16 untuk Kualifikasi Piala AFC U-16");
        int[] joined = profiler.headlineStems("Inilah 23 Pemain Timnas U16 di Kualifikasi Piala Asia");
        int[] plain = profiler.stemSet(TermAnalyzer.stems("Daftar 23 Pemain Timnas U-16 untuk Kualifikasi Piala AFC U-16"));
        assertThat(hyphened).hasSize(plain.length + 1);
        assertThat(QuoteGrouper.intersection(hyphened, joined)).isEqualTo(QuoteGrouper.intersection(plain, joined) + 1);
    }
}
