package id.kabar.annotate.time;

/**
 * A day expression found in the body, with the way its clause looks at it.
 *
 * @param text       the span as written
 * @param start      where it starts in the body
 * @param end        where it ends (exclusive)
 * @param expression what it says
 * @param tense      whether the clause reports it, plans it, or counts from it
 */
public record DayMention(String text, int start, int end, DayExpression expression, Tense tense) {

    /** How the clause around a day mention relates it to the time of writing. */
    public enum Tense {
        /** Something that happened on that day (the default for news). */
        REPORTED,
        /**
         * A day that lies before the day of writing: the start of a period running up to it
         * ({@code sejak Kamis}), or a date marked as yesterday ({@code kemarin (24/2)}).
         */
        EARLIER,
        /** Something still to come: {@code akan dilanjutkan pada Selasa}. */
        PLANNED
    }
}
