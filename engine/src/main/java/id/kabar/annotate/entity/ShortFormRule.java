package id.kabar.annotate.entity;

import id.kabar.lang.WordLists;
import id.kabar.model.EntityType;
import java.util.Arrays;
import java.util.Set;

/**
 * The short name an article gives an organisation in brackets right after its long form is that organisation's
 * name too, even where the model left it untagged: "Himpunan Pengusaha Muda Indonesia (Hipmi)", its letters taken in
 * order from the long form's. A company's legal form in brackets ("PT Kereta Api Indonesia (Persero)"), a rank's
 * mark ("(Purn)") or a stock code ("(HMSP)") is no such name.
 */
final class ShortFormRule implements ContractRule {
    private static final Set<String> COMPANY_FORMS = WordLists.set(WordLists.class, "company-forms.txt");

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        String[] tokens = s.tokens();
        for (int i = 1; i + 2 < tokens.length; i++) {
            if (tags[i - 1].type() == EntityType.ORG && tokens[i].equals("(") && tokens[i + 2].equals(")")
                    && tags[i + 1] == BioTag.O && s.capitalised(i + 1) && !COMPANY_FORMS.contains(s.lower()[i + 1])
                    && EntityMerger.spellsFrom(s.lower()[i + 1], longForm(s, i))) {
                tags[i + 1] = BioTag.B_ORG;
            }
        }
    }

    /** The lower-case words of the organisation ending right before {@code bracket}. */
    private static String longForm(ContractSentence s, int bracket) {
        int start = bracket - 1;
        while (start > 0 && s.tags()[start].isInside()) {
            start--;
        }
        return String.join(" ", Arrays.asList(s.lower()).subList(start, bracket));
    }
}
