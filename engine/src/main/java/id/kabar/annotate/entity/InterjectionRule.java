package id.kabar.annotate.entity;

import java.util.regex.Pattern;

/**
 * A word shaped as a cry or a drawn-out sound is no name: one with no vowel ({@code Hmm}) or with a letter written
 * three times running ({@code Astagaaa}), as a writer's voice opens a sentence in a blog ("Hmm, muterin daerah
 * Senayan dua kali", "Astagaaa, nyesel banget cuman bungkus satu!", IndoSum, 2017), where the tagger read people.
 * Only a word standing alone as a name is cleared; names of two letters without a vowel ({@code Ng}) are left, as
 * are short forms in capitals ({@code III}).
 */
final class InterjectionRule implements ContractRule {
    /** A word of three letters or more with no vowel ({@code y} counts as one: {@code Wynn}). */
    private static final Pattern NO_VOWEL = Pattern.compile("[^aeiouyAEIOUY\\W\\d_]{3,}");
    /** A letter written three times running. */
    private static final Pattern DRAWN_OUT = Pattern.compile(".*(\\p{L})\\1\\1.*", Pattern.CASE_INSENSITIVE);

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        BioTag.forEachSpan(tags, (start, end) -> {
            String word = s.tokens()[start];
            if (end == start + 1 && !Gazetteer.isAcronym(word)
                    && (NO_VOWEL.matcher(word).matches() || DRAWN_OUT.matcher(word).matches())) {
                tags[start] = BioTag.O;
            }
        });
    }
}
