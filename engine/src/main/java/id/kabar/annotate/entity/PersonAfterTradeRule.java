package id.kabar.annotate.entity;

import id.kabar.lang.WordLists;
import id.kabar.model.EntityType;
import java.util.Set;

/**
 * A name the model read as an organisation right after a trade only a person practises is that person: "Film yang
 * menempatkan tokoh jahat musuh Batman itu digarap sutradara Todd Phillips" (IndoSum) names the director, not a
 * body ({@code person-trades.txt}). Only a name of two words or more no list holds as an organisation: one word
 * after a singer is as often the label that signs singers ("musisi atau penyanyi Nagaswara", tribunnews.com).
 */
final class PersonAfterTradeRule implements ContractRule {
    private static final Set<String> TRADES = Set.copyOf(WordLists.read(WordLists.class, "person-trades.txt"));
    /** A given name and a family name at least; see the class comment for one word. */
    private static final int MIN_NAME_WORDS = 2;

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        for (int i = 1; i < s.size(); i++) {
            if (tags[i] != BioTag.B_ORG) {
                continue;
            }
            int end = BioTag.spanEnd(tags, i);
            if (end - i >= MIN_NAME_WORDS && TRADES.contains(s.lower()[i - 1]) && !s.listedAt(i, EntityType.ORG)) {
                s.setSpan(i, end, EntityType.PER);
            }
            i = end - 1;
        }
    }
}
