package id.kabar.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.time.DayExpression.CalendarDate;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarYearsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 11, 22);

    @Test
    void weekdayPicksTheYearItFitsInAmongTheYearsOfItsBatch() {
        CalendarDate friday = new CalendarDate(DayOfWeek.FRIDAY, 25, 2, null);
        assertThat(CalendarYears.of(List.of(friday), List.of(), DateContext.years(2020, 2024)).date(friday))
                .isEqualTo("2022-02-25");
    }

    @Test
    void weekdayBeforeTheDayOfTheLinkedArticlesTakesTheRecentYearItFitsIn() {
        CalendarDate friday = new CalendarDate(DayOfWeek.FRIDAY, 25, 2, null);
        assertThat(CalendarYears.of(List.of(friday), List.of(), DateContext.near(LocalDate.of(2022, 3, 1))).date(friday))
                .isEqualTo("2022-02-25");
    }

    @Test
    void noYearIsGuessedWhenNoneOrSeveralFit() {
        CalendarDate friday = new CalendarDate(DayOfWeek.FRIDAY, 25, 2, null);
        assertThat(CalendarYears.of(List.of(friday), List.of(), DateContext.NONE).date(friday)).isNull();
        // 25 February is a Friday in 2011 and in 2022
        assertThat(CalendarYears.of(List.of(friday), List.of(), DateContext.years(2010, 2024)).date(friday)).isNull();
        // 27 March is a Monday in 2006 and 2017, neither near the 2011 a text writes
        CalendarDate monday = new CalendarDate(DayOfWeek.MONDAY, 27, 3, null);
        assertThat(CalendarYears.of(List.of(monday), List.of(2011), DateContext.NONE).date(monday)).isNull();
    }

    @Test
    void yearsTheTextWritesPullTheWeekdayYearNearThem() {
        CalendarDate monday = new CalendarDate(DayOfWeek.MONDAY, 27, 3, null);
        assertThat(CalendarYears.of(List.of(monday), List.of(2016, 2017), DateContext.NONE).date(monday))
                .isEqualTo("2017-03-27");
    }

    @Test
    void statedYearOfAnotherDateIsTheContext() {
        CalendarDate stated = new CalendarDate(DayOfWeek.TUESDAY, 15, 3, 2022);
        CalendarDate plain = new CalendarDate(null, 14, 3, null);
        CalendarYears years = CalendarYears.of(List.of(stated, plain), List.of(), DateContext.NONE);
        assertThat(years.date(plain)).isEqualTo("2022-03-14");
        // 15 March 2022 was a Tuesday: a "Senin" written with it is the writer's slip, the date stands
        assertThat(years.date(new CalendarDate(DayOfWeek.MONDAY, 15, 3, null))).isEqualTo("2022-03-15");
    }

    @Test
    void weekdayAcrossTheTurnOfTheYearTakesTheNextYear() {
        CalendarDate stated = new CalendarDate(null, 30, 12, 2022);
        CalendarDate monday = new CalendarDate(DayOfWeek.MONDAY, 2, 1, null);
        assertThat(CalendarYears.of(List.of(stated, monday), List.of(), DateContext.NONE).date(monday)).isEqualTo("2023-01-02");
    }

    @Test
    void statedPublicationPutsDatesJustBeforeIt() {
        CalendarYears years = CalendarYears.around(LocalDate.of(2023, 1, 2));
        assertThat(years.date(new CalendarDate(null, 28, 12, null))).isEqualTo("2022-12-28");
        assertThat(years.date(new CalendarDate(null, 1, 1, null))).isEqualTo("2023-01-01");
    }

    /**
     * CNN Indonesia (IndoSum, 28 February 2018): "sejak Sabtu (25 / 2)", three days before, was a Sunday; the
     * weekday is the slip, not the year (25 February 2017 was the Saturday).
     */
    @Test
    void weekdayNotFittingADateOfTheWeekOfWritingIsASlip() {
        CalendarYears years = CalendarYears.around(LocalDate.of(2018, 2, 28));
        assertThat(years.date(new CalendarDate(DayOfWeek.SATURDAY, 25, 2, null))).isEqualTo("2018-02-25");
        assertThat(years.date(new CalendarDate(DayOfWeek.MONDAY, 26, 2, null))).isEqualTo("2018-02-26");
        // a fortnight back the weekday still picks the year it fits in
        assertThat(years.date(new CalendarDate(DayOfWeek.SATURDAY, 11, 2, null))).isEqualTo("2017-02-11");
    }

    /**
     * Merdeka.com (IndoSum, 14 December 2016): "Selasa (13 / 12 / 2106)", the day before, a Tuesday in 2016; 13
     * December 2106 is a Monday.
     */
    @Test
    void yearPastAnyDayNewsMeansIsASlipWhenTheWeekdayFitsTheWeekOfWriting() {
        CalendarYears years = CalendarYears.around(LocalDate.of(2016, 12, 14));
        assertThat(years.date(new CalendarDate(DayOfWeek.TUESDAY, 13, 12, 2106))).isEqualTo("2016-12-13");
        // no weekday, or one that does not fit the week of writing: the date as written
        assertThat(years.date(new CalendarDate(null, 13, 12, 2106))).isEqualTo("2106-12-13");
        assertThat(years.date(new CalendarDate(DayOfWeek.MONDAY, 13, 12, 2106))).isEqualTo("2106-12-13");
    }

    @Test
    void impossibleDateIsNoDay() {
        assertThat(CalendarYears.around(PUBLISHED).date(new CalendarDate(null, 30, 2, null))).isNull();
    }
}
