package id.kabar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NumericDateOrderTest {
    @Test
    void onlyAnAmericanPageWritesTheMonthFirst() {
        assertThat(NumericDateOrder.declaredBy("en-US")).isEqualTo(NumericDateOrder.MONTH_FIRST);
        assertThat(NumericDateOrder.declaredBy("en_US")).isEqualTo(NumericDateOrder.MONTH_FIRST);
        assertThat(NumericDateOrder.declaredBy("en-GB")).isEqualTo(NumericDateOrder.DAY_FIRST);
        assertThat(NumericDateOrder.declaredBy("id")).isEqualTo(NumericDateOrder.DAY_FIRST);
        assertThat(NumericDateOrder.declaredBy("en")).as("a language without its region").isEqualTo(NumericDateOrder.DAY_FIRST);
        assertThat(NumericDateOrder.declaredBy()).isEqualTo(NumericDateOrder.DAY_FIRST);
    }

    @Test
    void theFirstTagThePageDeclaresDecides() {
        // <html> without lang, og:locale en_US
        assertThat(NumericDateOrder.declaredBy("", "en_US", null)).isEqualTo(NumericDateOrder.MONTH_FIRST);
        // <html lang="en"> with og:locale en_US: English of no region leaves it to the locale
        assertThat(NumericDateOrder.declaredBy("en", "en_US", null)).isEqualTo(NumericDateOrder.MONTH_FIRST);
        // <html lang="id"> on an Indonesian page whose og:locale a theme left at en_US
        assertThat(NumericDateOrder.declaredBy("id", "en_US", null)).isEqualTo(NumericDateOrder.DAY_FIRST);
        // Content-Language listing two
        assertThat(NumericDateOrder.declaredBy(null, null, "en-US, es")).isEqualTo(NumericDateOrder.MONTH_FIRST);
    }

    @Test
    void aDateInNumbersIsReadInThePagesOrderUnlessItsMonthCouldBeNone() {
        // "Published 09/04/2019 8:15 AM ET" on an American page; "Kompas.com - 12/09/2019, 10:05 WIB" on an Indonesian one
        assertThat(CalendarDates.findInDateLine("Published 09/04/2019 8:15 AM ET", NumericDateOrder.MONTH_FIRST))
                .map(CalendarDates.Found::date).contains(LocalDate.of(2019, 9, 4));
        assertThat(CalendarDates.findInDateLine("Kompas.com - 12/09/2019, 10:05 WIB", NumericDateOrder.DAY_FIRST))
                .map(CalendarDates.Found::date).contains(LocalDate.of(2019, 9, 12));
        // "Updated 09/13/2019": no thirteenth month either way
        assertThat(CalendarDates.findInDateLine("Updated 09/13/2019", NumericDateOrder.DAY_FIRST))
                .map(CalendarDates.Found::date).contains(LocalDate.of(2019, 9, 13));
        assertThat(CalendarDates.findInDateLine("Updated 13/09/2019", NumericDateOrder.MONTH_FIRST))
                .map(CalendarDates.Found::date).contains(LocalDate.of(2019, 9, 13));
    }
}
