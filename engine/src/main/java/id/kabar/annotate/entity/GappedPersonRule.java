package id.kabar.annotate.entity;

import id.kabar.lang.Calendar;
import id.kabar.lang.OrganisationWords;
import id.kabar.lang.RoleWords;
import id.kabar.model.EntityType;

/**
 * A capitalised word the model left out between two parts of a person's name is part of it: in {@code Menteri
 * Perhubungan Budi Karya Sumadi melayat} (okezone.com) the model tags {@code Budi} and {@code Sumadi} as people and
 * leaves {@code Karya}, an ordinary word ("karya", a work), out. A day or month, a job title or an organisation's
 * head between them parts two names.
 */
final class GappedPersonRule implements ContractRule {

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        for (int i = 1; i + 1 < tags.length; i++) {
            if (tags[i] != BioTag.O || tags[i + 1] != BioTag.B_PER || tags[i - 1].type() != EntityType.PER
                    || !s.capitalised(i) || isNoNameWord(s.lower()[i])) {
                continue;
            }
            int start = i - 1;
            while (tags[start].isInside()) {
                start--;
            }
            s.setSpan(start, BioTag.spanEnd(tags, i + 1), EntityType.PER);
        }
    }

    private static boolean isNoNameWord(String lower) {
        return Calendar.isIndonesianDayOrMonth(lower) || RoleWords.isTitleWord(lower) || OrganisationWords.isHead(lower);
    }
}
