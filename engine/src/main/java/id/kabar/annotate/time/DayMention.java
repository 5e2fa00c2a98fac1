package id.kabar.annotate.time;

/**
 * A day expression found in the body, with the way its clause looks at it.
 *
 * @param text       the span as written
 * @param start      where it starts in the body
 * @param end        where it ends (exclusive)
 * @param expression what it says
 * @param tense      whether the clause reports it, plans it, or counts from it
 * @param paragraph  the paragraph it stands in
 * @param voice      whose words it stands in: the narration's, a statement's attribution, or quoted words
 */
public record DayMention(String text, int start, int end, DayExpression expression, Tense tense, int paragraph,
                         Voice voice) {

    DayMention inQuote() {
        return new DayMention(text, start, end, expression, tense, paragraph, Voice.QUOTED);
    }

    DayMention attributingQuote() {
        return new DayMention(text, start, end, expression, tense, paragraph, Voice.QUOTE_ATTRIBUTION);
    }

    /** Whose words a day is written in, which decides the day that words like {@code hari ini} count from. */
    public enum Voice {
        /** The reporter's own account of what happened. */
        NARRATION,
        /**
         * The day a statement was made, written with its verb of saying ({@code kata Argo, Senin (9/9/2019)}):
         * the day quoted words count from, not a day of the happening.
         */
        ATTRIBUTION,
        /**
         * A statement's day written right after the words it quotes ({@code "... hari ini," kata Rentin pada Senin
         * (9/9/2019)}): it dates that speaker's quoted words in the paragraphs that follow as well.
         */
        QUOTE_ATTRIBUTION,
        /** Inside quotation marks, where {@code hari ini} is the day of speaking. */
        QUOTED
    }

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
