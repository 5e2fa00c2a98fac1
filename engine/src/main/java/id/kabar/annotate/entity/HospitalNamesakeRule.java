package id.kabar.annotate.entity;

import id.kabar.lang.OrganisationWords;
import id.kabar.model.EntityType;

/**
 * A hospital is often named after a person, and its short form in brackets may stand between its long form and
 * the person's name: in "Rumah Sakit Pusat Angkatan Darat (RSPAD) Gatot Soebroto" (tribunnews.com, 10 September
 * 2019) the general the hospital is named after is no person of the story. The name after a hospital's short
 * head in brackets closing an organisation is left out.
 */
final class HospitalNamesakeRule implements ContractRule {

    @Override
    public void apply(ContractSentence s) {
        String[] tokens = s.tokens();
        BioTag[] tags = s.tags();
        for (int i = 4; i < tags.length; i++) {
            if (tags[i] == BioTag.B_PER && tokens[i - 1].equals(")") && tokens[i - 3].equals("(")
                    && OrganisationWords.isShortHospitalHead(s.lower()[i - 2])
                    && tags[i - 4].type() == EntityType.ORG) {
                int end = BioTag.spanEnd(tags, i);
                for (int j = i; j < end; j++) {
                    tags[j] = BioTag.O;
                }
                i = end - 1;
            }
        }
    }
}
