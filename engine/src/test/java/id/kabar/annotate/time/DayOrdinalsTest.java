package id.kabar.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DayOrdinalsTest {

    @Test
    void ordinalsInWordsAndDigits() {
        assertThat(DayOrdinals.ordinal("kelima")).isEqualTo(5);
        assertThat(DayOrdinals.ordinal("ke-12")).isEqualTo(12);
        assertThat(DayOrdinals.ordinal("ke 3")).isEqualTo(3);
        assertThat(DayOrdinals.ordinal("kemarin")).isZero();
    }
}
