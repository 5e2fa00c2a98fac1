package id.kabar.annotate.entity;

import id.kabar.lang.OrganisationWords;
import id.kabar.lang.PlaceWords;
import id.kabar.model.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The region written between an office and its holder's name belongs to the office, and the person begins after
 * it: "Kepala Dinas Pendidikan Kerinci Murison mengatakan" (sindonews.com, 12 September 2019) is the office
 * {@code Dinas Pendidikan Kerinci} and {@code Murison}, where the tagger read {@code Kerinci Murison} as one person,
 * who then stood for the regency wherever the article wrote it ({@code oleh Bupati Kerinci}). After a region's
 * head's title ({@code Bupati}) the region is a place, after the title of a police office's head ({@code Kapolres})
 * title and region name the office; a name after a region's head's title that is nothing but such a region is the
 * region too ({@code Bupati Kerinci.}).
 *
 * <p>A region is a listed place, or a name the article writes after an administrative kind of region
 * ({@code Dinas Pendidikan Kabupaten Kerinci}); a holder's name is never taken for one, as a name after
 * {@code Kabupaten} is no person's.
 */
final class OfficeRegionRule implements ArticleRule {
    /** The most words of a region's name without its compass part: {@code Bone Bolango}, {@code Tangerang Selatan}. */
    private static final int MAX_REGION_WORDS = 2;

    private final Gazetteer gazetteer;

    OfficeRegionRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public void apply(List<String[]> sentences, List<String[]> lowered, List<BioTag[]> tags) {
        Set<String> regions = regionsNamed(sentences, lowered);
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            String[] lower = lowered.get(s);
            BioTag[] t = tags.get(s);
            BioTag.forEachSpanOf(t, EntityType.PER, (start, end) -> {
                if (start > 0) {
                    readRegion(words, lower, t, start, end, regions);
                }
            });
        }
    }

    /**
     * Names the article writes after an administrative kind of region, lower-case: {@code kerinci}; and the short
     * form it gives such a region in brackets: "Kabut asap di Kabupaten Kotawaringin Barat (Kobar), Kalteng"
     * (sindonews.com, 16 September 2019) names the regency whose health office is "Dinas Kesehatan Kobar".
     */
    private static Set<String> regionsNamed(List<String[]> sentences, List<String[]> lowered) {
        Set<String> out = new HashSet<>();
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            String[] lower = lowered.get(s);
            for (int i = 0; i + 1 < words.length; i++) {
                if (isCapitalised(words[i]) && PlaceWords.opensRegionName(lower, i)) {
                    StringBuilder name = new StringBuilder();
                    int j = i + 1;
                    for (; j < words.length && j <= i + MAX_REGION_WORDS && isCapitalised(words[j]); j++) {
                        name.append(j > i + 1 ? " " : "").append(lower[j]);
                        out.add(name.toString());
                    }
                    if (j > i + 1 && j + 2 < words.length && words[j].equals("(") && words[j + 2].equals(")")
                            && isCapitalised(words[j + 1])) {
                        out.add(lower[j + 1]);
                    }
                }
            }
        }
        return out;
    }

    private void readRegion(String[] words, String[] lower, BioTag[] tags, int start, int end, Set<String> regions) {
        boolean afterOffice = tags[start - 1].type() == EntityType.ORG;
        boolean afterRegionHead = tags[start - 1] == BioTag.O && isCapitalised(words[start - 1])
                && PlaceWords.isRegionHeadTitle(lower, start - 1);
        boolean afterOfficeHead = tags[start - 1] == BioTag.O && isCapitalised(words[start - 1])
                && OrganisationWords.officeHead(lower[start - 1]) != null;
        if (!afterOffice && !afterRegionHead && !afterOfficeHead) {
            return;
        }
        int region = regionEnd(words, lower, start, end, regions);
        if (region < 0 || region == end && afterOfficeHead) {
            return;
        }
        if (afterOffice) {
            for (int i = start; i < region; i++) {
                tags[i] = BioTag.inside(EntityType.ORG);
            }
        } else if (afterRegionHead) {
            BioTag.setSpan(tags, start, region, EntityType.LOC);
        } else {
            BioTag.setSpan(tags, start - 1, region, EntityType.ORG);
        }
        if (region < end) {
            BioTag.setSpan(tags, region, end, EntityType.PER);
        }
    }

    /**
     * The end of the longest region opening the span at {@code start}, the whole span included, or -1: a listed
     * place or a name the article writes as a region.
     */
    private int regionEnd(String[] words, String[] lower, int start, int end, Set<String> regions) {
        for (int to = Math.min(end, start + MAX_REGION_WORDS); to > start; to--) {
            String name = String.join(" ", List.of(lower).subList(start, to));
            Gazetteer.Name listed = gazetteer.lookup(String.join(" ", List.of(words).subList(start, to)));
            if (regions.contains(name) || listed != null && listed.type() == EntityType.LOC) {
                return to;
            }
        }
        return -1;
    }

    private static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }
}
