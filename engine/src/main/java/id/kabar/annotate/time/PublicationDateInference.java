package id.kabar.annotate.time;

import id.kabar.annotate.time.DayExpression.CalendarDate;
import id.kabar.annotate.time.DayMention.Tense;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Infers when an article was written from the dates it reports. News dates its statements by the day
 * they were made ({@code kata Zelensky, Jumat (25/2)}), so the latest reported date is the day of
 * writing. Weekday-and-date mentions are the reporting style, so they are preferred over plain dates,
 * which also name deadlines and anniversaries. A date counted from ({@code sejak Kamis (24/2) hingga
 * saat ini}) or called yesterday ({@code kemarin (24/2)}) lies at least a day back. An article that only
 * announces days by their weekday ({@code akan dilanjutkan pada Selasa (15/3/2022)}) was written the day before
 * the first of them: news names the weekday of the days of its own week. A plain announced date ({@code akan
 * menggantikan posisi Schultz pada 3 April 2017}, written four months ahead) says nothing of the day of writing.
 */
public final class PublicationDateInference {

    /** The inferred day of writing, or null when the article dates nothing. */
    public LocalDate infer(List<DayMention> mentions, CalendarYears years) {
        List<DayMention> dated = mentions.stream().filter(m -> calendarDate(m) != null).toList();
        List<DayMention> reported = dated.stream().filter(m -> m.tense() != Tense.PLANNED).toList();
        List<DayMention> reportingStyle = reported.stream()
                .filter(m -> calendarDate(m).weekday() != null).toList();
        LocalDate latest = (reportingStyle.isEmpty() ? reported : reportingStyle).stream()
                .map(m -> dayOfWriting(m, years)).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
        if (latest != null) {
            return latest;
        }
        return dated.stream().filter(m -> m.tense() == Tense.PLANNED && calendarDate(m).weekday() != null)
                .map(m -> years.date(calendarDate(m))).filter(Objects::nonNull)
                .min(LocalDate::compareTo).map(d -> d.minusDays(1)).orElse(null);
    }

    private static LocalDate dayOfWriting(DayMention m, CalendarYears years) {
        LocalDate day = years.date(calendarDate(m));
        return day != null && m.tense() == Tense.EARLIER ? day.plusDays(1) : day;
    }

    /** The written date of a mention, also when it anchors an n-th day; else null. */
    static CalendarDate calendarDate(DayMention m) {
        DayExpression e = m.expression();
        if (e instanceof DayExpression.CountedDay counted) {
            e = counted.anchor();
        }
        return e instanceof CalendarDate date ? date : null;
    }
}
