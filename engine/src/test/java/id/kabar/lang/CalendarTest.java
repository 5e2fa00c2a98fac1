package id.kabar.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CalendarTest {
    /** A weekday, then a day and month, as the date lines below write them. */
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?:(?<wd>" + Calendar.WEEKDAY + "),?\\s+)?(?<d>\\d{1,2})\\s+(?<m>" + Calendar.MONTH + ")\\.?\\s+\\d{4}");

    @Test
    void readsTheDateLinesOfIndonesianPages() {
        assertDate("Senin, 14 Maret 2022 18:15 WIB", DayOfWeek.MONDAY, 14, 3);
        assertDate("Rabu, 11 Sept 2019", DayOfWeek.WEDNESDAY, 11, 9);
        assertDate("27 Agt 2019", null, 27, 8);
    }

    @Test
    void readsAWeekdayBeforeAShortDate() {
        Matcher m = Pattern.compile("(?<wd>" + Calendar.WEEKDAY + ")\\s+\\(25/2\\)").matcher("Jumat (25/2)");
        assertThat(m.matches()).isTrue();
        assertThat(Calendar.weekday(m.group("wd"))).isEqualTo(DayOfWeek.FRIDAY);
    }

    @Test
    void knowsEverySpellingTheStagesUsedToListApart() {
        assertThat(Calendar.month("Ags")).isEqualTo(8);
        assertThat(Calendar.month("Agt.")).isEqualTo(8);
        assertThat(Calendar.month("Pebruari")).isEqualTo(2);
        assertThat(Calendar.month("Nopember")).isEqualTo(11);
        assertThat(Calendar.month("May")).isEqualTo(5);
        assertThat(Calendar.month("Mi")).isZero();
        assertThat(Calendar.weekday("Jum’at")).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(Calendar.weekday("Ahad")).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(Calendar.weekday("Senen")).isNull();
        assertThat("Jum’at").matches(Calendar.WEEKDAY);
        assertThat("Ahad").matches(Calendar.WEEKDAY);
    }

    @Test
    void runningTextNeedsTheCapitalAndLeavesEnglishWeekdaysToDateLines() {
        assertThat("senin").doesNotMatch(Calendar.WEEKDAY);
        assertThat("Sun").doesNotMatch(Calendar.WEEKDAY);
        assertThat("Fri").matches(Calendar.WEEKDAY_ANY_FORM);
    }

    @Test
    void namesNoPersonCarries() {
        assertThat(Calendar.isIndonesianDayOrMonth("nopember")).isTrue();
        assertThat(Calendar.isIndonesianDayOrMonth("agustus")).isTrue();
        assertThat(Calendar.isIndonesianDayOrMonth("agt")).isFalse();
        assertThat(Calendar.monthAbbreviations()).contains("sept", "agt", "ags").doesNotContain("mei");
    }

    private static void assertDate(String line, DayOfWeek weekday, int day, int month) {
        Matcher m = DATE_LINE.matcher(line);
        assertThat(m.find()).as(line).isTrue();
        assertThat(m.group("wd") == null ? null : Calendar.weekday(m.group("wd"))).as(line).isEqualTo(weekday);
        assertThat(Integer.parseInt(m.group("d"))).isEqualTo(day);
        assertThat(Calendar.month(m.group("m"))).as(line).isEqualTo(month);
    }
}
