package id.kabar.annotate.entity;

import id.kabar.lang.WordLists;
import id.kabar.model.EntityType;
import java.util.Set;

/**
 * A capitalised street word ({@code Jalan}, {@code Jl.}, {@code Gang}) with the capitalised words and numbers after
 * it names a street, a place: in "di Jalan Ahmad Yani" the hero the street is named after is no person of the
 * story. The name stops before a listed place written after it, the town the street is in ("Jalan Sudirman
 * Pekanbaru").
 */
final class StreetRule implements ContractRule {

    private static final Set<String> STREET_NOUNS = WordLists.set(StreetRule.class, "street-nouns.txt");

    @Override
    public void apply(ContractSentence s) {
        String[] tokens = s.tokens();
        for (int i = 0; i + 1 < tokens.length; i++) {
            if (!s.capitalised(i) || !STREET_NOUNS.contains(s.lower()[i])) {
                continue;
            }
            int from = tokens[i + 1].equals(".") ? i + 2 : i + 1;
            int end = from;
            while (end < tokens.length && (s.capitalised(end) || end > from && isNumber(tokens[end]))
                    && !(end > from && placeListedAt(s, end))) {
                end++;
            }
            if (end > from) {
                s.setSpan(i, end, EntityType.LOC);
                i = end - 1;
            }
        }
    }

    private static boolean placeListedAt(ContractSentence s, int at) {
        for (Gazetteer.Match m : s.listed()) {
            if (m.start() == at) {
                return m.name().type() == EntityType.LOC;
            }
        }
        return false;
    }

    private static boolean isNumber(String token) {
        return !token.isEmpty() && token.chars().allMatch(Character::isDigit);
    }
}
