package id.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatedDateFinderTest {
    private final StatedDateFinder finder = new StatedDateFinder();
    private static final String TITLE = "Rusia Bantah Minta Bantuan Militer China Untuk Memperkuat Serangan ke Ukraina";

    @Test
    void readsIndonesianAndEnglishWrittenDates() {
        assertThat(CalendarDates.find("Senin, 14 Maret 2022 18:15 WIB").orElseThrow().date()).isEqualTo(LocalDate.of(2022, 3, 14));
        assertThat(CalendarDates.find("Jumat, Mei 3, 2024").orElseThrow().date()).isEqualTo(LocalDate.of(2024, 5, 3));
        assertThat(CalendarDates.find("Diperbarui 01/03/2022, 10:05").orElseThrow().date()).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(CalendarDates.parseValue("2022-02-28T10:15:00+07:00")).contains(LocalDate.of(2022, 2, 28));
        assertThat(CalendarDates.parseValue("Mon, 28 Feb 2022 03:15:00 GMT")).contains(LocalDate.of(2022, 2, 28));
        assertThat(CalendarDates.find("Jumat (25/2)")).as("a day without its year is the time annotator's").isEmpty();
    }

    @Test
    void aDateLineUnderTheHeadlineIsStated() {
        List<String> before = List.of("Jumat, Mei 3, 2024", TITLE, "Senin, 14 Maret 2022 18:15 WIB", "Editor: M Nur Pakar");
        assertThat(finder.find(PageMetadata.NONE, Optional.empty(), before, TITLE)).contains(LocalDate.of(2022, 3, 14));
    }

    @Test
    void thePageClockAboveTheHeadlineIsNeverThePublicationDate() {
        List<String> before = List.of("spot_img", "Jumat, Mei 3, 2024", "spot_img", TITLE);
        assertThat(finder.find(PageMetadata.NONE, Optional.empty(), before, TITLE)).isEmpty();
        assertThat(finder.find(PageMetadata.NONE, Optional.empty(), List.of("Jumat, Mei 3, 2024"), null)).isEmpty();
    }

    @Test
    void metadataThenDatelineWin() {
        PageMetadata metadata = new PageMetadata(List.of(), null, "2022-03-01T09:00:00+07:00", List.of(), null, null);
        Dateline dated = new Dateline(null, "Kupang", LocalDate.of(2022, 3, 3), 22);
        assertThat(finder.find(metadata, Optional.of(dated), List.of(), null)).contains(LocalDate.of(2022, 3, 1));
        assertThat(finder.find(PageMetadata.NONE, Optional.of(dated), List.of(), null)).contains(LocalDate.of(2022, 3, 3));
    }
}
