package id.kabar.annotate.entity;

import id.kabar.lang.OrganisationWords;
import id.kabar.lang.PlaceWords;

/**
 * "Kementerian", "Badan" or "Rumah Sakit" alone is a common noun, not the name of an organisation, and so is a
 * word that only closes one ("Tbk", "Group"); so is a kind of place alone ("Kabupaten" where a stripped link
 * left "warga Kabupaten ,").
 */
final class LoneHeadRule implements ContractRule {

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        for (int i = 0; i < tags.length; i++) {
            if (!tags[i].isBegin()) {
                continue;
            }
            int end = BioTag.spanEnd(tags, i);
            boolean lone = OrganisationWords.headLength(s.lower(), i) == end - i
                    || end - i == 1 && (OrganisationWords.isTail(s.lower()[i]) || PlaceWords.isHead(s.lower()[i]));
            if (lone) {
                for (int j = i; j < end; j++) {
                    tags[j] = BioTag.O;
                }
            }
            i = end - 1;
        }
    }
}
