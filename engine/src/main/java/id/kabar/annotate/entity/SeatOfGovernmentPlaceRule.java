package id.kabar.annotate.entity;

import id.kabar.lang.FunctionWords;
import id.kabar.lang.PlaceWords;
import id.kabar.model.EntityType;

/**
 * A seat of government written where something happens or goes is the building, a place: "di Istana Merdeka",
 * "ke Istana Negara", "dari Istana Kepresidenan" (the shared guide's named sites). Elsewhere it stands for the
 * government and stays the organisation the name lists give it ("Istana menegaskan ...", a metonym as
 * {@code Kremlin}).
 */
final class SeatOfGovernmentPlaceRule implements ContractRule {
    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        String[] lower = s.lower();
        for (int i = 1; i < s.size(); i++) {
            if (!tags[i].isBegin() || tags[i].type() == EntityType.LOC || !PlaceWords.opensSeatOfGovernment(lower[i])
                    || !(FunctionWords.isAt(lower[i - 1]) || FunctionWords.isTo(lower[i - 1])
                    || FunctionWords.isFrom(lower[i - 1]))) {
                continue;
            }
            s.setSpan(i, BioTag.spanEnd(tags, i), EntityType.LOC);
        }
    }
}
