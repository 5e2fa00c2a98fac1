package id.kabar.annotate.entity;

import id.kabar.model.EntityType;

/**
 * Capitalised words after the English {@code of} of a capitalised name close that name, a title or a thing's
 * ("Dari Book of Even Odds, Strange mengambil mantra pemulihan": kompas.com, 10 September 2019), and are no person
 * of their own, which the tagger read from their capitals. Indonesian prose writes no {@code of}, so it only stands
 * inside such English names.
 */
final class EnglishNameOfRule implements ContractRule {
    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        for (int i = 2; i < s.size(); i++) {
            if (tags[i] == BioTag.begin(EntityType.PER) && s.lower()[i - 1].equals("of") && s.capitalised(i - 2)) {
                int end = BioTag.spanEnd(tags, i);
                for (int j = i; j < end; j++) {
                    tags[j] = BioTag.O;
                }
                i = end - 1;
            }
        }
    }
}
