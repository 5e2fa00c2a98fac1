package id.kabar.annotate.entity;

import id.kabar.lang.Abbreviations;
import id.kabar.lang.WordLists;
import id.kabar.model.EntityType;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A capitalised street word ({@code Jalan}, {@code Jl.}, {@code Gang}) with the capitalised words and numbers after
 * it names a street, a place: in "di Jalan Ahmad Yani" the hero the street is named after is no person of the
 * story. So does an airport's word ({@code Bandara}): "Bandara Internasional Sultan Hasanuddin" is the airport. The
 * name stops before a listed place written after it, the town the street is in ("Jalan Sudirman Pekanbaru"); a
 * listed place alone after the word stays that place ("mendarat di Bandara Jeddah"). A rank written short inside
 * the name keeps its period ("Jalan Jend. Gatot Subroto", "Jl. Jend. Sudirman"), and the name stops before the
 * house's number ("Jl. Sudirman No. 5"), whose word is no name either.
 */
final class StreetRule implements ContractRule {

    private static final Set<String> STREET_NOUNS = WordLists.set(WordLists.class, "street-nouns.txt");
    private static final Set<String> HOUSE_NUMBER_WORDS = WordLists.set(WordLists.class, "house-number-words.txt");

    private final Predicate<String> mayBeCommonWord;

    /** {@code mayBeCommonWord} tells a word at least as often ordinary as part of a name ({@code Internasional}). */
    StreetRule(Predicate<String> mayBeCommonWord) {
        this.mayBeCommonWord = mayBeCommonWord;
    }

    /** Whether a lower-case word opens a street's or a site's name ({@code jalan}, {@code gang}, {@code bandara}). */
    static boolean isStreetNoun(String lowerCase) {
        return STREET_NOUNS.contains(lowerCase);
    }

    @Override
    public void apply(ContractSentence s) {
        String[] tokens = s.tokens();
        for (int i = 0; i + 1 < tokens.length; i++) {
            if (!s.capitalised(i) || !STREET_NOUNS.contains(s.lower()[i])) {
                continue;
            }
            int from = tokens[i + 1].equals(".") ? i + 2 : i + 1;
            int end = from;
            while (end < tokens.length && (s.capitalised(end) || end > from && isNumber(tokens[end])
                    || abbreviationPeriodAt(s, end, from))
                    && !(end > from && (placeListedAt(s, end) || HOUSE_NUMBER_WORDS.contains(s.lower()[end])))) {
                end++;
            }
            if (end > from && !allCommon(tokens, from, end) && listedPlaceEnd(s, from) != end) {
                s.setSpan(i, end, EntityType.LOC);
                if (end < tokens.length && HOUSE_NUMBER_WORDS.contains(s.lower()[end])) {
                    BioTag.clearSpan(s.tags(), end, end + 1);
                }
                i = end - 1;
            }
        }
    }

    /**
     * Whether only ordinary words are left before the listed place that stops the name: "Bandara Internasional
     * Soekarno-Hatta" keeps the listed name as it is.
     */
    private boolean allCommon(String[] tokens, int from, int end) {
        for (int i = from; i < end; i++) {
            if (!mayBeCommonWord.test(tokens[i])) {
                return false;
            }
        }
        return true;
    }

    /** Where the listed place opening at {@code at} ends, or -1 when none opens there. */
    private static int listedPlaceEnd(ContractSentence s, int at) {
        for (Gazetteer.Match m : s.listed()) {
            if (m.start() == at && m.name().type() == EntityType.LOC) {
                return m.end();
            }
        }
        return -1;
    }

    private static boolean placeListedAt(ContractSentence s, int at) {
        for (Gazetteer.Match m : s.listed()) {
            if (m.start() == at) {
                return m.name().type() == EntityType.LOC;
            }
        }
        return false;
    }

    /** Whether the token at {@code at} is the period of a short word inside the name, more of the name after it. */
    private static boolean abbreviationPeriodAt(ContractSentence s, int at, int from) {
        return at > from && at + 1 < s.size() && s.tokens()[at].equals(".") && s.capitalised(at - 1)
                && Abbreviations.isAbbreviation(s.lower()[at - 1]) && s.capitalised(at + 1);
    }

    private static boolean isNumber(String token) {
        return !token.isEmpty() && token.chars().allMatch(Character::isDigit);
    }
}
