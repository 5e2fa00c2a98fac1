package id.kabar.annotate.time;

import id.kabar.annotate.time.DayExpression.CalendarDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Completes dates written without a year. News writes {@code Jumat (25/2)}: the year is the one the
 * article's other dates state; failing that, the recent year in which that day and month fall on
 * that weekday (25 Feb is a Friday in 2022); failing that, the year that puts the day in the recent past.
 */
public final class CalendarYears {
    /** How far back a weekday match is searched. */
    private static final int YEARS_BACK = 40;
    /** News may announce days a little ahead of the time it is read. */
    private static final int DAYS_AHEAD = 60;

    private final LocalDate reference;
    private final Integer contextYear;
    private final Integer nearYear;

    private CalendarYears(LocalDate reference, Integer contextYear, Integer nearYear) {
        this.reference = reference;
        this.contextYear = contextYear;
        this.nearYear = nearYear;
    }

    /**
     * Years for the dates of an article with a stated publication day: the year that puts each date
     * nearest before that day.
     */
    public static CalendarYears around(LocalDate published) {
        return new CalendarYears(published, null, null);
    }

    /**
     * Years for the dates of an undated article read {@code today}. The context year is the one its
     * dates most often state; else the one its weekday-and-date mentions agree on most, each taken in
     * the year nearest to the years the text writes ({@code Pilkada 2017}), or in the recent past.
     */
    public static CalendarYears of(Collection<CalendarDate> dates, Collection<Integer> writtenYears,
                                   LocalDate today) {
        Integer stated = mostFrequent(dates.stream().map(CalendarDate::year).filter(Objects::nonNull).toList());
        if (stated != null) {
            return new CalendarYears(today, stated, null);
        }
        Integer latestWritten = writtenYears.stream().filter(y -> y <= today.getYear())
                .max(Integer::compare).orElse(null);
        CalendarYears alone = new CalendarYears(today, null, latestWritten);
        Integer byWeekday = mostFrequent(dates.stream().filter(d -> d.weekday() != null)
                .map(alone::date).filter(Objects::nonNull).map(LocalDate::getYear).toList());
        return new CalendarYears(today, byWeekday, latestWritten);
    }

    /** The day a written date means, or null if it names no real day. */
    public LocalDate date(CalendarDate d) {
        if (d.year() != null) {
            return day(d.year(), d.month(), d.day());
        }
        if (contextYear != null) {
            if (d.weekday() != null) {
                // across a year's turn the weekday tells which side a date falls on
                int neighbour = d.month() <= 2 ? contextYear + 1 : d.month() >= 11 ? contextYear - 1 : contextYear;
                for (int y : new int[] {contextYear, neighbour}) {
                    LocalDate candidate = day(y, d.month(), d.day());
                    if (candidate != null && candidate.getDayOfWeek() == d.weekday()) {
                        return candidate;
                    }
                }
            }
            return day(contextYear, d.month(), d.day()); // a weekday that fits no near year is a slip
        }
        LocalDate latest = reference.plusDays(DAYS_AHEAD);
        LocalDate best = null;
        for (int y = latest.getYear(); y >= latest.getYear() - YEARS_BACK; y--) {
            LocalDate candidate = day(y, d.month(), d.day());
            if (candidate == null || candidate.isAfter(latest)
                    || d.weekday() != null && candidate.getDayOfWeek() != d.weekday()) {
                continue;
            }
            if (nearYear == null) {
                return candidate; // the recent past
            }
            if (best == null || Math.abs(y - nearYear) < Math.abs(best.getYear() - nearYear)) {
                best = candidate;
            }
        }
        return best;
    }

    private static LocalDate day(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The most frequent value, the latest on a tie; null when there is none. */
    private static Integer mostFrequent(Collection<Integer> years) {
        Map<Integer, Integer> counts = new HashMap<>();
        years.forEach(y -> counts.merge(y, 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<Integer, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparingInt(Map.Entry::getKey))
                .map(Map.Entry::getKey).orElse(null);
    }
}
