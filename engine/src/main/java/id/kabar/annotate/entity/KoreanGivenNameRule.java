package id.kabar.annotate.entity;

import id.kabar.lang.FunctionWords;
import id.kabar.lang.WordLists;
import id.kabar.model.EntityType;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's name whose last word is a short capitalised syllable followed by a hyphen and a lower-case romanised
 * Korean syllable is one name, the given name written in two syllables: "produser Kim Min - jong yang pernah
 * memproduksi variety show" (kumparan, 3 December 2017, its text tokenised with the hyphen apart), where the
 * model stops at the hyphen. A particle or {@code -nya} after the hyphen is no syllable of a name.
 */
final class KoreanGivenNameRule implements ContractRule {
    /**
     * The longest syllable on either side of the hyphen: romanised Korean syllables run to five letters
     * ({@code hyeon}, {@code yeong}); a longer word is no syllable.
     */
    private static final int MAX_SYLLABLE = 5;
    /** A romanised Korean syllable: an onset, a vowel and a coda ({@code jong}, {@code un}, {@code yoon}, {@code in}). */
    private static final Pattern SYLLABLE = Pattern.compile(
            "(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjhyw])?(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|ou|a|e|o|u|i)(?:ng|[knlmpt])?");
    /** The particles glued after a hyphen that are no syllable of a name ({@code particles.txt}). */
    private static final Set<String> PARTICLES = WordLists.set(WordLists.class, "particles.txt");

    @Override
    public void apply(ContractSentence s) {
        BioTag.forEachSpanOf(s.tags(), EntityType.PER, (start, end) -> {
            if (end + 1 < s.size() && s.tokens()[end].equals("-") && s.tokens()[end - 1].length() <= MAX_SYLLABLE
                    && isSyllable(s.tokens()[end + 1], s.lower()[end + 1])) {
                s.setSpan(start, end + 2, EntityType.PER); // the walk goes on past the hyphen and syllable, now inside
            }
        });
    }

    private static boolean isSyllable(String token, String lower) {
        return token.equals(lower) && token.length() <= MAX_SYLLABLE && SYLLABLE.matcher(token).matches()
                && !PARTICLES.contains(lower) && !lower.equals(FunctionWords.ENCLITIC);
    }
}
