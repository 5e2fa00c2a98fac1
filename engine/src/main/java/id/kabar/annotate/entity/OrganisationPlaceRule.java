package id.kabar.annotate.entity;

import id.kabar.model.EntityType;

/**
 * A listed place written right after an organisation's name, with no mark between, is part of that name: the
 * town of a club ("Perseru Badak Lampung bermain imbang"), the region an office serves. The model often ends the
 * organisation before a place it knows. So is a place after the acronym in brackets that follows the long form
 * ("Pemerintah Kota (Pemkot) Pekanbaru", "Badan Meteorologi Klimatologi dan Geofisika (BMKG) Pekanbaru"): it
 * closes the organisation's name and is no place of its own there.
 */
final class OrganisationPlaceRule implements ContractRule {

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        for (Gazetteer.Match m : s.listed()) {
            int at = m.start();
            boolean exactPlace = m.name().type() == EntityType.LOC && tags[at] == BioTag.B_LOC
                    && BioTag.spanEnd(tags, at) == m.end();
            if (exactPlace && at > 0 && tags[at - 1].type() == EntityType.ORG) {
                int start = at - 1;
                while (tags[start].isInside()) {
                    start--;
                }
                s.setSpan(start, m.end(), EntityType.ORG);
            } else if (exactPlace && closesBracketedAcronym(s, at)) {
                for (int i = at; i < m.end(); i++) {
                    tags[i] = BioTag.O;
                }
            }
        }
    }

    /** Whether a long form's short name in brackets stands right before {@code at}: "Kota (Pemkot) Pekanbaru". */
    private static boolean closesBracketedAcronym(ContractSentence s, int at) {
        String[] tokens = s.tokens();
        return at >= 4 && tokens[at - 1].equals(")") && tokens[at - 3].equals("(")
                && s.capitalised(at - 2) && s.capitalised(at - 4);
    }
}
