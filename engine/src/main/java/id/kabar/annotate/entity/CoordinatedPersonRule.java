package id.kabar.annotate.entity;

import id.kabar.lang.FunctionWords;
import id.kabar.model.EntityType;

/**
 * One word the model took for an organisation, joined by {@code dan} to a person, is a person too when no list
 * knows it and it is no acronym: {@code Crutchlow dan Marc Marquez menggunakan mesin motor yang sama}
 * (okezone.com). A listed club or company ({@code Honda dan Marquez}) or an acronym ({@code PDIP}) keeps its type.
 */
final class CoordinatedPersonRule implements ContractRule {

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        for (int i = 0; i < tags.length; i++) {
            if (tags[i] != BioTag.B_ORG || BioTag.spanEnd(tags, i) != i + 1 || Gazetteer.isAcronym(s.tokens()[i])
                    || listed(s, i)) {
                continue;
            }
            boolean personAfter = i + 2 < tags.length && FunctionWords.isAnd(s.lower()[i + 1])
                    && tags[i + 2] == BioTag.B_PER;
            boolean personBefore = i >= 2 && FunctionWords.isAnd(s.lower()[i - 1])
                    && tags[i - 2].type() == EntityType.PER;
            if (personAfter || personBefore) {
                tags[i] = BioTag.B_PER;
            }
        }
    }

    private static boolean listed(ContractSentence s, int i) {
        for (Gazetteer.Match m : s.listed()) {
            if (m.start() <= i && i < m.end()) {
                return true;
            }
        }
        return false;
    }
}
