package id.kabar.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

class IndonesianCalendarTest {

    @Test
    void weekdaysWithSpellingVariants() {
        assertThat(IndonesianCalendar.weekday("Jumat")).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(IndonesianCalendar.weekday("Jum'at")).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(IndonesianCalendar.weekday("Ahad")).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(IndonesianCalendar.weekday("Senen")).isNull();
    }

    @Test
    void monthsFullAbbreviatedAndEnglish() {
        assertThat(IndonesianCalendar.month("Maret")).isEqualTo(3);
        assertThat(IndonesianCalendar.month("Agt")).isEqualTo(8);
        assertThat(IndonesianCalendar.month("Nopember")).isEqualTo(11);
        assertThat(IndonesianCalendar.month("May")).isEqualTo(5);
        assertThat(IndonesianCalendar.month("Mi")).isZero();
    }

    @Test
    void ordinalsInWordsAndDigits() {
        assertThat(IndonesianCalendar.ordinal("kelima")).isEqualTo(5);
        assertThat(IndonesianCalendar.ordinal("ke-12")).isEqualTo(12);
        assertThat(IndonesianCalendar.ordinal("ke 3")).isEqualTo(3);
        assertThat(IndonesianCalendar.ordinal("kemarin")).isZero();
    }
}
