package id.kabar.annotate.entity;

import id.kabar.lang.OrganisationWords;
import id.kabar.model.EntityType;

/**
 * An organisation head ({@code Kementerian}, {@code Badan}, {@code Partai}) followed by capitalised words is an
 * organisation up to the last of them.
 */
final class OrganisationHeadRule implements ContractRule {

    @Override
    public void apply(ContractSentence s) {
        String[] lower = s.lower();
        BioTag[] tags = s.tags();
        for (int i = 0; i + 1 < s.size(); i++) {
            if (!OrganisationWords.isHead(lower[i]) || !s.capitalised(i) || !s.capitalised(i + 1)) {
                continue;
            }
            int end = i + 1;
            // "dan" joins words of one name ("Energi dan Sumber Daya Mineral"), not two organisations; a person
            // the model saw right after the name is not part of it ("Kuasa Hukum Partai Idaman Heriyanto"), but
            // the word right after the head always is ("PT Newmont")
            while (end < s.size() && (end == i + 1 || tags[end] != BioTag.B_PER) && (s.capitalised(end)
                    || (lower[end].equals("dan") && end + 1 < s.size() && s.capitalised(end + 1)
                    && !OrganisationWords.isHead(lower[end + 1])))) {
                end++;
            }
            if (i > 0 && tags[i].isInside()) {
                continue; // already inside a longer name ("Wakil Ketua Badan ...")
            }
            int modelEnd = i + 1;
            while (modelEnd < tags.length && tags[modelEnd].isInside()) {
                modelEnd++;
            }
            if (tags[i].type() == EntityType.ORG && modelEnd >= end) {
                continue;
            }
            s.setSpan(i, end, EntityType.ORG);
            i = end - 1;
        }
    }
}
