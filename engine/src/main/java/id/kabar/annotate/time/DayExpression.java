package id.kabar.annotate.time;

import java.time.DayOfWeek;

/** What a day mention says, before it is read against the article's own time. */
public sealed interface DayExpression {

    /** A day and month, perhaps with a weekday and a year: {@code Selasa (15/3/2022)}, {@code 3 Maret}. */
    record CalendarDate(DayOfWeek weekday, int day, int month, Integer year) implements DayExpression {
    }

    /** A weekday name: {@code Senin}, {@code Kamis lalu}, {@code Jumat pekan depan}. */
    record NamedWeekday(DayOfWeek weekday, WeekShift shift) implements DayExpression {
    }

    /**
     * A day counted from the day of writing, or inside quoted words from the day they were spoken:
     * {@code kemarin} is -1, {@code besok} +1.
     */
    record RelativeDay(int offset) implements DayExpression {
    }

    /**
     * A day counted from the day the text named last: {@code hari itu juga} is 0, {@code keesokan harinya}
     * +1, {@code dua hari sebelumnya} -2. {@code opensSentence} when it opens its sentence, perhaps after a
     * connective ({@code Namun, sehari kemudian, ...}): then it takes up the narration's thread after quoted
     * paragraphs too.
     */
    record AnaphoricDay(int offset, boolean opensSentence) implements DayExpression {
    }

    /**
     * A weekday next to the day named just before it, that moment in another time zone: {@code Kamis dini hari}
     * in {@code Rabu (18/9/2019) atau Kamis dini hari WIB}.
     */
    record NeighbouringWeekday(DayOfWeek weekday) implements DayExpression {
    }

    /**
     * A weekday joined to the dated day written after it: {@code Sabtu} in {@code Sabtu dan Minggu14/15 September
     * 2019}, {@code Kamis} in {@code Kamis sampai Sabtu (11-14/9/2019)}. It is that weekday in the days up to that
     * date, not the latest such day before writing. {@code rangeStart} is the first day of the month of a range
     * written between it and the date ({@code Kamis} in {@code Rabu-Kamis, 11-12 September}: 11), 0 when none: a
     * weekday that falls before that day names no day of the range (a slip of the text: {@code Selasa dan Rabu,
     * 9-10 September 2019} of a Monday and a Tuesday).
     */
    record WeekdayBeforeDate(DayOfWeek weekday, int rangeStart) implements DayExpression {
    }

    /** A day of the month whose month the text leaves to its own time: {@code setelah tanggal 9 kemarin}. */
    record DayOfMonth(int day) implements DayExpression {
    }

    /**
     * The n-th day of something: {@code hari kedua invasi}. {@code of} is the counted thing in lower case
     * (empty when unnamed); {@code anchor} a day written with it ({@code hari pertama invasi pada Kamis}),
     * or null; {@code today} whether it is marked as the present one ({@code hari kedua invasi ini}).
     */
    record CountedDay(int ordinal, String of, DayExpression anchor, boolean today) implements DayExpression {
    }

    /** How a weekday name is moved by the word after it. */
    enum WeekShift {
        /** Bare name: the nearest such day in the direction the sentence looks (past unless planned). */
        NEAREST,
        /**
         * {@code lalu}: the latest such day up to the day of writing. Wire reports say "on Monday" for the
         * day itself, and translations write it {@code Senin lalu} in the Monday's own report.
         */
        LATEST,
        /** {@code kemarin}: the last such day before the day of writing. */
        LAST,
        /** {@code depan}, {@code mendatang}: the next such day after publication. */
        NEXT,
        /** {@code pekan lalu}: that day in the previous calendar week. */
        PREVIOUS_WEEK,
        /** {@code pekan depan}: that day in the next calendar week. */
        FOLLOWING_WEEK
    }
}
