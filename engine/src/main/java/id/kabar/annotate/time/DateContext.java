package id.kabar.annotate.time;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the articles read with an undated article tell about its time, for when its own text fixes no year:
 * the day the articles it is linked with were written ({@code near}), and the span of years in which the
 * dates its batch's articles state or fix from their own text fall ({@code firstYear} to {@code lastYear}).
 * Either may be null. Never the clock of the machine that reads it: a year written nowhere in the
 * article's context is not known.
 */
public record DateContext(LocalDate near, Integer firstYear, Integer lastYear) implements Serializable {
    /** An article read alone. */
    public static final DateContext NONE = new DateContext(null, null, null);

    public DateContext {
        if ((firstYear == null) != (lastYear == null) || firstYear != null && firstYear > lastYear) {
            throw new IllegalArgumentException("years " + firstYear + " to " + lastYear);
        }
    }

    /** The context of an article linked with articles written around {@code day}. */
    public static DateContext near(LocalDate day) {
        return new DateContext(day, null, null);
    }

    /** The context of an article whose batch dates itself from {@code firstYear} to {@code lastYear}. */
    public static DateContext years(int firstYear, int lastYear) {
        return new DateContext(null, firstYear, lastYear);
    }

    /** The same context with the day of the articles it is linked with. */
    public DateContext withNear(LocalDate day) {
        return new DateContext(day, firstYear, lastYear);
    }

    /** Whether {@code day} falls in the years the batch covers (any day does when they are not known). */
    public boolean admits(LocalDate day) {
        return firstYear == null || day.getYear() >= firstYear && day.getYear() <= lastYear;
    }

    public boolean isEmpty() {
        return near == null && firstYear == null;
    }
}
