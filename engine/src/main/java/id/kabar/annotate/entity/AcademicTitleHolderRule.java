package id.kabar.annotate.entity;

import id.kabar.lang.Honorifics;
import id.kabar.lang.OrganisationWords;
import id.kabar.model.EntityType;

/**
 * An academic or religious title inside a name opens its holder, and the short forms before it are the holder's
 * institution: "Wakil Dekan 1 Fakultas Hukum (FH) UNS Dr Pujiyono" (okezone.com, 12 September 2019) is the
 * university {@code UNS} and the person {@code Dr Pujiyono}, where the model read {@code UNS Dr Pujiyono} as one
 * place. A single letter ({@code H}) is an initial as often as the title of a pilgrim ({@code Mardani H Maming}),
 * and a head of an organisation's name ({@code RSUD dr Soetomo}) or other words before the title ({@code Jalan Dr
 * Djunjunan}) name a body or place after the holder: all are left as they are.
 */
final class AcademicTitleHolderRule implements ContractRule {
    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        BioTag.forEachSpan(tags, (start, end) -> {
            int r = start;
            while (r < end && Gazetteer.isAcronym(s.tokens()[r]) && !OrganisationWords.isHead(s.lower()[r])
                    && !OrganisationWords.isShortHospitalHead(s.lower()[r])) {
                r++;
            }
            String title = r < end ? s.lower()[r].replace(".", "") : "";
            int holder = r + (r + 1 < end && s.tokens()[r + 1].equals(".") ? 2 : 1);
            if (r > start && title.length() > 1 && Honorifics.isTitle(title) && holder < end && s.capitalised(holder)) {
                s.setSpan(start, r, EntityType.ORG);
                s.setSpan(r, end, EntityType.PER);
            }
        });
    }
}
