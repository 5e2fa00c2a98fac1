package id.kabar.annotate.entity;

import id.kabar.lang.FunctionWords;
import id.kabar.lang.OrganisationWords;
import id.kabar.lang.PlaceWords;
import id.kabar.model.EntityType;

/**
 * A name the model took for an organisation or a place, joined by {@code dan} to a person, is a person too when no
 * list knows any of its words and none is an acronym or the head of an organisation's or a place's name:
 * {@code Crutchlow dan Marc Marquez menggunakan mesin motor yang sama} (okezone.com), {@code Sekretaris Jenderal
 * Kemendagri Diah Anggraini dan Drajat Wisnu} (cnnindonesia.com, where the model read a place). A listed club or
 * company ({@code Honda dan Marquez}), an acronym ({@code PDIP}) or a head ({@code Kementerian}) keeps its type.
 */
final class CoordinatedPersonRule implements ContractRule {

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        for (int i = 0; i < tags.length; i++) {
            if (tags[i] != BioTag.B_ORG && tags[i] != BioTag.B_LOC) {
                continue;
            }
            int end = BioTag.spanEnd(tags, i);
            boolean personAfter = end + 1 < tags.length && FunctionWords.isAnd(s.lower()[end])
                    && tags[end + 1] == BioTag.B_PER;
            boolean personBefore = i >= 2 && FunctionWords.isAnd(s.lower()[i - 1])
                    && tags[i - 2].type() == EntityType.PER;
            if ((personAfter || personBefore) && mayBeAPerson(s, i, end)) {
                s.setSpan(i, end, EntityType.PER);
            }
            i = end - 1;
        }
    }

    private static boolean mayBeAPerson(ContractSentence s, int start, int end) {
        for (int i = start; i < end; i++) {
            String lower = s.lower()[i];
            if (Gazetteer.isAcronym(s.tokens()[i]) || s.listedAt(i) || OrganisationWords.isHead(lower)
                    || OrganisationWords.isTail(lower) || PlaceWords.isHead(lower)) {
                return false;
            }
        }
        return true;
    }
}
