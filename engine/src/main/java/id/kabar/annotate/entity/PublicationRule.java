package id.kabar.annotate.entity;

import id.kabar.lang.Calendar;
import id.kabar.lang.FunctionWords;
import id.kabar.lang.WordLists;
import id.kabar.model.EntityType;
import java.util.Set;

/**
 * The name a report is taken from is a publication, an organisation, even where the model saw no name in it
 * ("Dilansir dari SPA", "mengutip dari Crash"): the capitalised words right after a word naming a publication
 * ("laman Inquisitr") or after one quoting it with "dari", up to a mark or a day.
 */
final class PublicationRule implements ContractRule {
    /** Words naming the publication a report is taken from: "dilansir Daily Mail", "laman Inquisitr". */
    private static final Set<String> PUBLICATION_CUES = WordLists.set(WordLists.class, "publication-cues.txt");
    /** Words that name a publication through "dari": "dikutip dari Inquisitr". */
    private static final Set<String> QUOTED_FROM = WordLists.set(WordLists.class, "quoted-from.txt");

    @Override
    public void apply(ContractSentence s) {
        String[] lower = s.lower();
        for (int i = 0; i + 1 < s.size(); i++) {
            int from = PUBLICATION_CUES.contains(lower[i]) ? i + 1 : -1;
            if (i + 2 < s.size() && FunctionWords.isFrom(lower[i + 1])
                    && (QUOTED_FROM.contains(lower[i]) || PUBLICATION_CUES.contains(lower[i]))) {
                from = i + 2;
            }
            if (from < 0) {
                continue;
            }
            int end = from;
            while (end < s.size() && s.tags()[end] == BioTag.O && s.capitalised(end)
                    && !Calendar.isIndonesianDayOrMonth(lower[end])) {
                end++;
            }
            if (end > from && (end == s.size() || !s.tags()[end].isInside())) {
                s.setSpan(from, end, EntityType.ORG);
            }
        }
    }

    /** Whether the words before {@code start} say the name there is a publication the report is taken from. */
    static boolean cites(String[] lower, int start) {
        int j = start - 1;
        if (j >= 1 && FunctionWords.isFrom(lower[j])) {
            return QUOTED_FROM.contains(lower[j - 1]) || PUBLICATION_CUES.contains(lower[j - 1]);
        }
        return j >= 0 && PUBLICATION_CUES.contains(lower[j]);
    }
}
