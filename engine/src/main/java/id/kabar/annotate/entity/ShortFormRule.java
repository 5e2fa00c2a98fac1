package id.kabar.annotate.entity;

import id.kabar.lang.WordLists;
import id.kabar.model.EntityType;
import java.util.Arrays;
import java.util.Set;

/**
 * The short name an article gives an organisation in brackets right after its long form is that organisation's
 * name too, even where the model left it untagged or read it alone as a place: "Himpunan Pengusaha Muda Indonesia (Hipmi)", its letters taken in
 * order from the long form's. A company's legal form in brackets ("PT Kereta Api Indonesia (Persero)"), a rank's
 * mark ("(Purn)") or a stock code ("(HMSP)") is no such name. A place written right after the short form is the
 * place of both forms, and the whole one organisation's name ("Kejaksaan Negeri (Kejari) Jakarta Selatan").
 */
final class ShortFormRule implements ContractRule {
    private static final Set<String> COMPANY_FORMS = WordLists.set(WordLists.class, "company-forms.txt");

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        String[] tokens = s.tokens();
        for (int i = 1; i + 2 < tokens.length; i++) {
            if (tags[i - 1].type() == EntityType.ORG && tokens[i].equals("(") && tokens[i + 2].equals(")")
                    && (tags[i + 1] == BioTag.O || tags[i + 1].isBegin() && !tags[i + 2].isInside())
                    && s.capitalised(i + 1) && !COMPANY_FORMS.contains(s.lower()[i + 1])
                    && EntityMerger.spellsFrom(s.lower()[i + 1], longForm(s, i))) {
                tags[i + 1] = BioTag.B_ORG;
                int placeEnd = placeAfter(s, i + 3);
                if (placeEnd > 0) {
                    s.setSpan(longFormStart(s, i), placeEnd, EntityType.ORG);
                    i = placeEnd - 1;
                }
            }
        }
    }

    /**
     * The end of a place the model or the lists read right at {@code at}, or -1: the place both forms of an office
     * serve, written once after the short form ("Kejaksaan Negeri (Kejari) Jakarta Selatan", sindonews.com,
     * 13 September 2019), which makes the whole one organisation.
     */
    private static int placeAfter(ContractSentence s, int at) {
        if (at >= s.size() || !s.capitalised(at)) {
            return -1;
        }
        if (s.tags()[at] == BioTag.B_LOC) {
            return BioTag.spanEnd(s.tags(), at);
        }
        int end = -1;
        for (Gazetteer.Match m : s.listed()) {
            if (m.start() == at && m.name().type() == EntityType.LOC && s.tags()[at] == BioTag.O) {
                end = Math.max(end, m.end());
            }
        }
        return end;
    }

    /** The lower-case words of the organisation ending right before {@code bracket}. */
    private static String longForm(ContractSentence s, int bracket) {
        return String.join(" ", Arrays.asList(s.lower()).subList(longFormStart(s, bracket), bracket));
    }

    private static int longFormStart(ContractSentence s, int bracket) {
        int start = bracket - 1;
        while (start > 0 && s.tags()[start].isInside()) {
            start--;
        }
        return start;
    }
}
