package id.kabar.annotate.entity;

import id.kabar.lang.Honorifics;
import id.kabar.lang.OrganisationWords;
import id.kabar.model.EntityType;

/**
 * A police or military rank inside a name the model read as one person opens the holder's name: what stands
 * before it is the office of the title, not the person. In {@code Kapolsek Tebet Kompol Alexander Yurikho} the
 * model reads {@code Tebet Kompol Alexander Yurikho} as one person; the holder is {@code Kompol Alexander
 * Yurikho}, and {@code Kapolsek Tebet} names the Polsek, as a title written before its office does. Words
 * before the rank that name no office ({@code Kasatrekrim AKP Dede Iskandar}) are no name.
 */
final class RankedHolderRule implements ContractRule {

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        BioTag.forEachSpanOf(tags, EntityType.PER, (start, end) -> {
            for (int r = start + 1; r + 1 < end; r++) {
                if (Honorifics.isRank(s.lower()[r].replace(".", "")) && s.capitalised(r + 1)
                        && !Honorifics.isRank(s.lower()[r - 1].replace(".", ""))) {
                    markOffice(s, start, r);
                    s.setSpan(r, end, EntityType.PER);
                    return;
                }
            }
        });
    }

    /** The words before the rank: with the title before them an office, from an organisation's head one, else none. */
    private static void markOffice(ContractSentence s, int start, int rank) {
        int office = start > 0 && OrganisationWords.officeHead(s.lower()[start - 1]) != null ? start - 1 : -1;
        for (int i = start; i < rank && office < 0; i++) {
            if (OrganisationWords.isHead(s.lower()[i]) || OrganisationWords.officeHead(s.lower()[i]) != null) {
                office = i;
            }
        }
        for (int i = start; i < rank; i++) {
            s.tags()[i] = BioTag.O;
        }
        if (office >= 0 && office + 1 < rank) {
            s.setSpan(office, rank, EntityType.ORG);
        }
    }
}
