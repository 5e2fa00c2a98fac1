package id.kabar.annotate.entity;

import id.kabar.lang.OrganisationWords;
import id.kabar.model.EntityType;

/**
 * A capitalised word that closes an organisation's name ({@code FC}, {@code United}, {@code Group}), written right
 * after a name the model found, closes that name and makes it an organisation: {@code Blitar Bandung United}
 * (tempo.co, 12 September 2019), where the model read the town and left the club's last word out.
 */
final class OrganisationTailRule implements ContractRule {

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        for (int i = 1; i < tags.length; i++) {
            if (tags[i] != BioTag.O || tags[i - 1] == BioTag.O || !s.capitalised(i)
                    || !OrganisationWords.isTail(s.lower()[i])) {
                continue;
            }
            int start = i - 1;
            while (start > 0 && tags[start].isInside()) {
                start--;
            }
            s.setSpan(start, i + 1, EntityType.ORG);
        }
    }
}
