package id.kabar.annotate.quote;

/** Where a quote's speaker is to be read from, before it is resolved to a name. */
sealed interface SpeakerRef {

    /** A phrase naming the speaker: tokens {@code [from, to)}. */
    record Phrase(int from, int to) implements SpeakerRef {
    }

    /** A pronoun or pronoun suffix at {@code position} ({@code Dia mengatakan}, {@code katanya}). */
    record Pronoun(int position) implements SpeakerRef {
    }

    /** No attribution: a quote paragraph going on from the previous speaker. */
    record Continuing(int position) implements SpeakerRef {
    }
}
