package id.kabar.annotate.entity;

import id.kabar.model.EntityType;

/**
 * Names start and end with a capitalised word or a number: a leading or trailing lower-case word
 * ("kota Berdyansk", "wilayah Jabotabek", as some corpora tag them) is left out.
 */
final class LowerCaseEdgeTrim implements ContractRule {

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        for (int start = 0; start < tags.length; start++) {
            if (!tags[start].isBegin()) {
                continue;
            }
            EntityType type = tags[start].type();
            int end = BioTag.spanEnd(tags, start);
            int from = start;
            int to = end;
            while (from < to && startsLowerCase(s.tokens()[from])) {
                tags[from++] = BioTag.O;
            }
            while (to > from && startsLowerCase(s.tokens()[to - 1])) {
                tags[--to] = BioTag.O;
            }
            if (from < to) {
                tags[from] = BioTag.begin(type);
            }
            start = end - 1;
        }
    }

    private static boolean startsLowerCase(String token) {
        return Character.isLowerCase(token.charAt(0));
    }
}
