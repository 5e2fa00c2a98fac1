package id.kabar.annotate.time;

import id.kabar.annotate.time.DayExpression.CalendarDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Completes dates written without a year. News writes {@code Jumat (25/2)}: the year is the one the
 * article's other dates state; failing that, the year in which that day and month fall on that weekday
 * (25 Feb is a Friday in 2022), among the years the article's context allows: before the day it was
 * written when that is known, the years its batch states, or the years round one the text writes. When
 * the context allows no year, or more than one fits, the date has no year: it is never read against
 * the clock of the machine that reads it. A date within a week of a known day of writing is in that week
 * whatever weekday is written with it: a weekday that does not fit it is a slip. A year written past the latest day a
 * date can mean is a slip of the keys when the weekday written fits the same day within a week of writing ({@code
 * Selasa (13 / 12 / 2106)} in a report of 14 December 2016, Merdeka.com, IndoSum).
 */
public final class CalendarYears {
    /** How far back before a known day of writing a weekday match is searched. */
    private static final int YEARS_BACK = 40;
    /** News may announce days a little ahead of the time it is read. */
    private static final int DAYS_AHEAD = 60;
    /**
     * How far from a year the text writes ({@code Pilkada 2017}, {@code sejak 2016}) the year of writing is
     * looked for. News writes the current year, the last and the next; five years hold at most one in which a
     * day and month fall on a given weekday (they recur after 5, 6 or 11 years), so the fit is never a choice.
     */
    private static final int WRITTEN_YEAR_REACH = 2;
    /**
     * How near the day of writing a date must lie for a weekday that does not fit it to be the writer's slip: news
     * dates the days of its week with a weekday, and a past year's day it writes with its year. {@code Sabtu (25 /
     * 2)} in a report of 28 February 2018 (CNN Indonesia, IndoSum) is three days before, a Sunday; the Saturday of
     * 2017 it fits is no day a report of that week tells of.
     */
    private static final int WEEKDAY_SLIP_DAYS = 7;

    private final LocalDate latest;
    /** The day of writing when it is known, else null. */
    private final LocalDate written;
    private final int firstYear;
    private final int lastYear;
    private final Integer contextYear;
    private final Integer nearYear;

    /**
     * @param latest    the latest day a date can mean, or null when only the span of years bounds it
     * @param firstYear the earliest year a date can fall in
     * @param lastYear  the latest year; below {@code firstYear} when no year is allowed
     */
    private CalendarYears(LocalDate latest, LocalDate written, int firstYear, int lastYear, Integer contextYear,
                          Integer nearYear) {
        this.latest = latest;
        this.written = written;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.contextYear = contextYear;
        this.nearYear = nearYear;
    }

    /**
     * Years for the dates of an article with a stated publication day: the year that puts each date
     * nearest before that day.
     */
    public static CalendarYears around(LocalDate published) {
        return before(published, null, null);
    }

    private static CalendarYears before(LocalDate written, Integer contextYear, Integer nearYear) {
        LocalDate latest = written.plusDays(DAYS_AHEAD);
        return new CalendarYears(latest, written, latest.getYear() - YEARS_BACK, latest.getYear(), contextYear, nearYear);
    }

    /**
     * Years for the dates of an undated article. The context year is the one its dates most often state;
     * else the one its weekday-and-date mentions agree on most, each taken in the years {@code context}
     * allows (or, read alone, round the years the text writes), nearest the latest year the text writes
     * among them.
     */
    public static CalendarYears of(Collection<CalendarDate> dates, Collection<Integer> writtenYears,
                                   DateContext context) {
        Integer stated = mostFrequent(dates.stream().map(CalendarDate::year).filter(Objects::nonNull).toList());
        CalendarYears alone = allowed(writtenYears, context, stated);
        if (stated != null) {
            return alone;
        }
        Integer byWeekday = mostFrequent(dates.stream().filter(d -> d.weekday() != null)
                .map(alone::date).filter(Objects::nonNull).map(LocalDate::getYear).toList());
        return new CalendarYears(alone.latest, alone.written, alone.firstYear, alone.lastYear, byWeekday, alone.nearYear);
    }

    /** The years {@code context} allows, with the latest written year among them as the one to be near. */
    private static CalendarYears allowed(Collection<Integer> writtenYears, DateContext context, Integer contextYear) {
        if (context.near() != null) {
            int last = context.near().plusDays(DAYS_AHEAD).getYear();
            return before(context.near(), contextYear, latestWritten(writtenYears, last - YEARS_BACK, last));
        }
        if (context.firstYear() != null) {
            return new CalendarYears(null, null, context.firstYear(), context.lastYear(), contextYear,
                    latestWritten(writtenYears, context.firstYear(), context.lastYear()));
        }
        Integer written = latestWritten(writtenYears, Integer.MIN_VALUE, Integer.MAX_VALUE);
        return written == null ? new CalendarYears(null, null, 0, -1, contextYear, null)
                : new CalendarYears(null, null, written - WRITTEN_YEAR_REACH, written + WRITTEN_YEAR_REACH, contextYear,
                        written);
    }

    private static Integer latestWritten(Collection<Integer> writtenYears, int first, int last) {
        return writtenYears.stream().filter(y -> y >= first && y <= last).max(Integer::compare).orElse(null);
    }

    /** The day a written date means, or null if it names no real day or its context fixes no year. */
    public LocalDate date(CalendarDate d) {
        if (d.year() != null) {
            LocalDate asWritten = day(d.year(), d.month(), d.day());
            LocalDate mistyped = asWritten != null && latest != null && asWritten.isAfter(latest) && d.weekday() != null
                    ? withinWeekOfWriting(d) : null;
            return mistyped != null && mistyped.getDayOfWeek() == d.weekday() ? mistyped : asWritten;
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
        LocalDate slipped = d.weekday() != null && nearYear == null ? withinWeekOfWriting(d) : null;
        if (slipped != null) {
            return slipped;
        }
        LocalDate best = null;
        int fits = 0;
        for (int y = lastYear; y >= firstYear; y--) {
            LocalDate candidate = day(y, d.month(), d.day());
            if (candidate == null || latest != null && candidate.isAfter(latest)
                    || d.weekday() != null && candidate.getDayOfWeek() != d.weekday()) {
                continue;
            }
            if (nearYear == null && latest != null) {
                return candidate; // the recent past before the day of writing
            }
            fits++;
            if (best == null || nearYear != null && Math.abs(y - nearYear) < Math.abs(best.getYear() - nearYear)) {
                best = candidate;
            }
        }
        return nearYear == null && fits > 1 ? null : best;
    }

    /**
     * The date's day in the year that puts it nearest the day of writing, when that lies within {@link
     * #WEEKDAY_SLIP_DAYS} of it and not past the latest day a date can mean; null otherwise.
     */
    private LocalDate withinWeekOfWriting(CalendarDate d) {
        if (written == null) {
            return null;
        }
        for (int y = written.getYear() + 1; y >= written.getYear() - 1; y--) {
            LocalDate candidate = day(y, d.month(), d.day());
            if (candidate != null && !candidate.isAfter(latest)
                    && Math.abs(ChronoUnit.DAYS.between(candidate, written)) <= WEEKDAY_SLIP_DAYS) {
                return candidate;
            }
        }
        return null;
    }

    /** The day, or null when the date names no real day (30 February). */
    static LocalDate day(int year, int month, int day) {
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
