package id.kabar.annotate.quote;

/**
 * A reporting word found in the text.
 *
 * @param base      the word without a pronoun suffix, as reported in {@code Quote.cue} ({@code kata} for {@code katanya})
 * @param pronoun   whether the word carries the speaker as a suffix ({@code katanya}, {@code ujarnya})
 * @param strength  how much the word needs around it to count as reporting speech
 */
record Cue(String base, boolean pronoun, Strength strength) {

    enum Strength {
        /** Always reports speech when it has a subject: {@code mengatakan}, {@code menegaskan}. */
        SPEECH,
        /** Also has non-speech senses ({@code menyatakan siap}, {@code membantah telah}): needs a clause with its own subject. */
        NEEDS_CLAUSE,
        /**
         * Reminds of things as often as of what is so ({@code mengingatkan perbedaan antara ...}): needs a clause whose
         * predicate is no bare verb, or an appeal ({@code mengingatkan agar ...}).
         */
        NEEDS_STATED_CLAUSE,
        /** Mostly not speech ({@code melaporkan kasus}, {@code menyampaikan pesan}) unless {@code bahwa} follows. */
        NEEDS_BAHWA
    }
}
