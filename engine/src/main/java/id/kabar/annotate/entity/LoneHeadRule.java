package id.kabar.annotate.entity;

import id.kabar.lang.OrganisationWords;

/** "Kementerian" or "Badan" alone is a common noun, not the name of an organisation. */
final class LoneHeadRule implements ContractRule {

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        for (int i = 0; i < tags.length; i++) {
            if (tags[i].isBegin() && (i + 1 == tags.length || !tags[i + 1].isInside())
                    && OrganisationWords.isHead(s.lower()[i])) {
                tags[i] = BioTag.O;
            }
        }
    }
}
