package id.kabar.annotate.entity;

import id.kabar.lang.Honorifics;
import id.kabar.lang.PlaceWords;
import id.kabar.model.EntityType;

/**
 * The name between a region's head's title and its holder is the region: "Bupati Tabalong, H Anang Syakhfiani
 * memberikan tantangan" (sindonews.com, 10 September 2019) names the regency Tabalong and its regent, where the
 * tagger read {@code Tabalong} as a person, who then stood for the regency wherever the article wrote it.
 * Only where the holder follows after a comma (his titles before him), so the title's holder written right after
 * it ({@code Bupati Anang}) stays a person, and only a name as short as a region's: a holder of three names
 * with another person in apposition after him ("Adik Wali Kota Airin Rachmi Diany, Aldrin Ramadian, akan maju":
 * tempo.co, September 2019) stays a person.
 */
final class RegionHeadPlaceRule implements ContractRule {
    /**
     * The most words a region's name has without a compass part ({@code Bone Bolango}, {@code Tangerang Selatan}
     * with it); the regents, mayors and governors of the CLICK-ID week are mostly written with three.
     */
    private static final int MAX_REGION_WORDS = 2;

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        BioTag.forEachSpanOf(tags, EntityType.PER, (start, end) -> {
            if (start > 0 && tags[start - 1] == BioTag.O
                    && s.capitalised(start - 1) && PlaceWords.isRegionHeadTitle(s.lower(), start - 1) && holderFollows(s, end)
                    && (end - start <= MAX_REGION_WORDS || PlaceWords.isPart(s.lower()[end - 1]))) {
                s.setSpan(start, end, EntityType.LOC);
            }
        });
    }

    /** Whether a comma and then a person (titles before him allowed) follow {@code end}. */
    private static boolean holderFollows(ContractSentence s, int end) {
        if (end >= s.size() || !s.tokens()[end].equals(",")) {
            return false;
        }
        int at = end + 1;
        while (at < s.size() && s.tags()[at] == BioTag.O && Honorifics.isTitle(s.lower()[at].replace(".", ""))) {
            at++;
        }
        return at < s.size() && s.tags()[at] == BioTag.begin(EntityType.PER);
    }
}
