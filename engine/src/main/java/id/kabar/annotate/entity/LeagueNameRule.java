package id.kabar.annotate.entity;

import id.kabar.lang.WordLists;
import java.util.Set;

/**
 * The country closing a league's name is part of the competition's name, no place of the story there: in
 * "mengantar Leicester City menjuarai Liga Primer Inggris 2015 - 2016" (CNN Indonesia, IndoSum) England is named
 * only as the league's. A league is no entity, so the place the model read there is untagged; the country stays a
 * place wherever the article names it on its own. Across the CLICK-ID week 247 places were named only so
 * ({@code Inggris} 114 times, {@code Italia} 42, {@code Spanyol} 39).
 */
final class LeagueNameRule implements ContractRule {
    private static final Set<String> OPENERS = WordLists.set(WordLists.class, "league-openers.txt");
    private static final Set<String> GRADES = WordLists.set(WordLists.class, "league-grades.txt");

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        for (int i = 0; i + 1 < s.size(); i++) {
            if (!s.capitalised(i) || !OPENERS.contains(s.lower()[i]) || tags[i].isInside()) {
                continue;
            }
            int at = i + 1;
            while (at < s.size() && tags[at] == BioTag.O && (s.capitalised(at) && GRADES.contains(s.lower()[at])
                    || isNumber(s.tokens()[at]))) {
                at++;
            }
            if (at < s.size() && tags[at] == BioTag.B_LOC) {
                BioTag.clearSpan(tags, at, BioTag.spanEnd(tags, at));
            }
        }
    }

    private static boolean isNumber(String token) {
        return !token.isEmpty() && token.chars().allMatch(Character::isDigit);
    }
}
