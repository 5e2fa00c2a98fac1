package id.kabar.annotate.entity;

import id.kabar.lang.OrganisationWords;
import id.kabar.lang.PlaceWords;
import id.kabar.model.EntityType;

/**
 * A place run together with the listed wider region written right after it is two places: "Seorang bayi asal
 * Banyuasin Sumatera Selatan meninggal" (sindonews.com, 16 September 2019) names the regency {@code Banyuasin}
 * and its province {@code Sumatera Selatan}. Only where the wider region is a listed name of two words or more
 * (the provinces written out, {@code Jawa Barat}), so a one-word listed town closing a place's own name ({@code
 * Kuala Lumpur}'s like) is left whole, and only after a name of at most {@link #MAX_PLACE_WORDS} words with no
 * kind of region, part of a place or title of an office's head among them ({@code Kota}, {@code Selatan},
 * {@code Kapolda} of {@code Kapolda Sumatera Selatan}, which names the office).
 */
final class RegionBeforeProvinceRule implements ContractRule {
    /** The most words of the narrower place's name: {@code Bone Bolango}, {@code Tanjung Jabung}. */
    private static final int MAX_PLACE_WORDS = 2;
    /** The fewest words of the wider region: a province written out, {@code Sumatera Selatan}. */
    private static final int MIN_REGION_WORDS = 2;

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        for (Gazetteer.Match m : s.listed()) {
            if (m.name().type() != EntityType.LOC || m.end() - m.start() < MIN_REGION_WORDS
                    || tags[m.start()] != BioTag.inside(EntityType.LOC)) {
                continue;
            }
            int start = m.start();
            while (start > 0 && tags[start] != BioTag.begin(EntityType.LOC)) {
                start--;
            }
            int end = BioTag.spanEnd(tags, start);
            if (end == m.end() && m.start() - start <= MAX_PLACE_WORDS && isPlainName(s, start, m.start())) {
                s.setSpan(start, m.start(), EntityType.LOC);
                s.setSpan(m.start(), m.end(), EntityType.LOC);
            }
        }
    }

    private static boolean isPlainName(ContractSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = s.lower()[i];
            if (!s.capitalised(i) || PlaceWords.isAdministrative(w) || PlaceWords.isHead(w) || PlaceWords.isPart(w)
                    || PlaceWords.isTerritorialUnit(w) || OrganisationWords.officeHead(w) != null) {
                return false;
            }
        }
        return true;
    }
}
