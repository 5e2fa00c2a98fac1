package id.kabar.annotate.entity;

import id.kabar.lang.OrganisationWords;
import id.kabar.model.EntityType;

/**
 * A hospital is often named after a person, and its short form in brackets may stand between its long form and
 * the person's name: "Rumah Sakit Pusat Angkatan Darat (RSPAD) Gatot Soebroto" (tribunnews.com, 10 September 2019)
 * is one hospital, and the general it is named after is no person of the story. The capitalised words after a
 * hospital's short head in brackets closing an organisation join it, up to a listed place written after them: in
 * "di ruang ICU Rumah Sakit Pusat Angkatan Darat (RSPAD) Gatot Subroto Jakarta Pusat Sejak Senin lalu" (tempo.co,
 * 12 September 2019) the city is where the hospital stands.
 */
final class HospitalNamesakeRule implements ContractRule {
    /** The most words of the person a hospital is named after: "Gatot Soebroto", "Cipto Mangunkusumo". */
    private static final int MAX_NAMESAKE_WORDS = 3;

    @Override
    public void apply(ContractSentence s) {
        String[] tokens = s.tokens();
        BioTag[] tags = s.tags();
        for (int i = 4; i < tags.length; i++) {
            if (!(s.capitalised(i) && tokens[i - 1].equals(")") && tokens[i - 3].equals("(")
                    && OrganisationWords.isShortHospitalHead(s.lower()[i - 2])
                    && tags[i - 4].type() == EntityType.ORG && !tags[i - 3].isInside())) {
                continue;
            }
            int end = i;
            while (end < tags.length && end < i + MAX_NAMESAKE_WORDS && s.capitalised(end) && listedPlaceAt(s, end) == null) {
                end++;
            }
            if (end > i) {
                int start = i - 4;
                while (!tags[start].isBegin()) {
                    start--;
                }
                boolean placeRunIn = end < tags.length && tags[end].isInside();
                s.setSpan(start, end, EntityType.ORG);
                Gazetteer.Match place = end < tags.length ? listedPlaceAt(s, end) : null;
                if (place != null && placeRunIn) {
                    s.setSpan(place.start(), place.end(), EntityType.LOC);
                }
                i = end - 1;
            }
        }
    }

    /** The listed place opening at token {@code at}, or null. */
    private static Gazetteer.Match listedPlaceAt(ContractSentence s, int at) {
        for (Gazetteer.Match m : s.listed()) {
            if (m.start() == at && m.name().type() == EntityType.LOC) {
                return m;
            }
        }
        return null;
    }
}
