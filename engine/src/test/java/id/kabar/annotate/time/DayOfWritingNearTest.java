package id.kabar.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.text.TextSegmenter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayOfWritingNearTest {
    private final TimeAnnotator annotator = new TimeAnnotator();
    private final TextSegmenter segmenter = new TextSegmenter();

    private LocalDate near(String body, LocalDate contextDay) {
        return annotator.dayOfWritingNear(segmenter.segment(body), contextDay);
    }

    @Test
    void aReportedWeekdayIsTakenInTheWeekAroundItsFellowReports() {
        String body = "Suara ledakan terdengar menjelang subuh di hari Senin waktu setempat ibu kota Kyiv dan kota "
                + "Kharkiv, menurut keterangan pejabat Ukraina.";
        assertThat(near(body, LocalDate.of(2022, 2, 27))).isEqualTo(LocalDate.of(2022, 2, 28));
        assertThat(near(body, LocalDate.of(2022, 3, 3))).isEqualTo(LocalDate.of(2022, 2, 28));
    }

    @Test
    void theLatestReportedWeekdayIsTheDayOfWriting() {
        String body = "Pejabat Rusia dan Ukraina bertemu pada hari Senin di perbatasan Belarus. "
                + "Pasukan Rusia juga mencapai kota selatan Kherson pada hari Selasa.";
        assertThat(near(body, LocalDate.of(2022, 3, 1))).isEqualTo(LocalDate.of(2022, 3, 1));
    }

    @Test
    void plannedWeekdaysAndTextsWithoutWeekdaysGiveNoDay() {
        assertThat(near("Pembicaraan akan dilanjutkan pada Selasa.", LocalDate.of(2022, 3, 14))).isNull();
        assertThat(near("Pembicaraan tersebut terjadi di hari kelima perang.", LocalDate.of(2022, 3, 1))).isNull();
    }
}
