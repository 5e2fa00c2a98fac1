package id.kabar.annotate.entity;

import id.kabar.lang.WordLists;
import id.kabar.model.EntityType;
import java.util.Set;

/**
 * A country's legislature written as its word and the listed country is the chamber, an organisation ("Kongres AS",
 * "Senat AS", "Parlemen Inggris"), where the model read the country alone or both as a place. Inside a longer name
 * (a capitalised word before the chamber's, "Forum Masyarakat Peduli Parlemen Indonesia", "Komisi Hubungan Luar
 * Negeri Senat AS") the name is left to the rules that read it; the word opening a sentence stands alone.
 */
final class LegislatureRule implements ContractRule {
    /** The words naming a legislature ({@code legislatures.txt}). */
    private static final Set<String> LEGISLATURES = WordLists.set(WordLists.class, "legislatures.txt");

    @Override
    public void apply(ContractSentence s) {
        for (Gazetteer.Match m : s.listed()) {
            int chamber = m.start() - 1;
            if (m.name().type() == EntityType.LOC && chamber >= 0 && s.capitalised(chamber)
                    && LEGISLATURES.contains(s.lower()[chamber])
                    && (chamber == 0 || !s.capitalised(chamber - 1) && !s.tags()[chamber].isInside())
                    && (m.end() == s.size() || !s.tags()[m.end()].isInside())) {
                s.setSpan(chamber, m.end(), EntityType.ORG);
            }
        }
    }
}
