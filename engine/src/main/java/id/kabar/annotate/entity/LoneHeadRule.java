package id.kabar.annotate.entity;

import id.kabar.lang.OrganisationWords;
import id.kabar.lang.PlaceWords;
import id.kabar.lang.WordLists;
import id.kabar.model.EntityType;
import java.util.Arrays;
import java.util.Set;

/**
 * "Kementerian", "Badan" or "Rumah Sakit" alone is a common noun, not the name of an organisation, and so is a
 * word that only closes one ("Tbk", "Group"); so is a kind of place alone ("Kabupaten" where a stripped link
 * left "warga Kabupaten ,"), and a company's legal form ("Persero" of "PT Bank Negara Indonesia (Persero) Tbk.",
 * sindonews.com, 16 September 2019). "Kejaksaan", "Kepolisian", "Bea Cukai" and "RSPAD" capitalised alone name the one institution itself,
 * and a region's office written short ("Dishub") the office of the article's region.
 */
final class LoneHeadRule implements ContractRule {
    private static final Set<String> LONE_INSTITUTIONS = WordLists.set(WordLists.class, "lone-institutions.txt");

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        for (int i = 0; i < tags.length; i++) {
            if (!tags[i].isBegin()) {
                continue;
            }
            int end = BioTag.spanEnd(tags, i);
            boolean lone = OrganisationWords.headLength(s.lower(), i) == end - i
                    || end - i == 1 && (OrganisationWords.isTail(s.lower()[i]) || PlaceWords.isHead(s.lower()[i])
                            || OrganisationWords.isCompanyForm(s.lower()[i]));
            if (s.capitalised(i) && (LONE_INSTITUTIONS.contains(String.join(" ", Arrays.asList(s.lower()).subList(i, end)))
                    || end - i == 1 && OrganisationWords.isRegionOfficeAcronym(s.lower()[i]))) {
                s.setSpan(i, end, EntityType.ORG);
            } else if (lone) {
                for (int j = i; j < end; j++) {
                    tags[j] = BioTag.O;
                }
            }
            i = end - 1;
        }
    }
}
