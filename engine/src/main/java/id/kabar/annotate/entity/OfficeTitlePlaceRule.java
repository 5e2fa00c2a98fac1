package id.kabar.annotate.entity;

import id.kabar.lang.Honorifics;
import id.kabar.lang.OrganisationWords;
import id.kabar.model.EntityType;

/**
 * A name written right after the title of an office's head ({@code Kapolres}, {@code Kapolda}) is the office's
 * territory, and with the title it names the office, as {@code Kapolsek Tebet} names the Polsek: {@code Kapolres
 * Bogor AKBP Andy M Dicky} holds {@code Kapolres Bogor}, not the town {@code Bogor}. The model reads such a
 * territory as a place, or reads title and territory as a person when the holder follows with his rank
 * ({@code Kapolda Metro Jaya, Irjen Gatot Eddy Pramono}) or with his name after a comma ({@code Kadisdikbud
 * Merangin, M Zubir K}), or reads title and territory together as a place ({@code Kapolda Sumatera Selatan (Sumsel)
 * tersebut diuji}, okezone.com, 12 September 2019); a person after the title with no rank behind it is the holder ({@code Kapolri Tito
 * Karnavian}) and stays one; title and territory read as a person before a comma and a place are the office too
 * ({@code Kapolsek Torgamba, Labuhan Batu}).
 */
final class OfficeTitlePlaceRule implements ContractRule {

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        BioTag.forEachSpan(tags, (start, end) -> {
            EntityType type = tags[start].type();
            if (type == EntityType.ORG) {
                return;
            }
            if (isTitle(s, start - 1) && tags[start - 1] == BioTag.O
                    && (type == EntityType.LOC || rankFollows(s, end))) {
                s.setSpan(start - 1, end, EntityType.ORG);
            } else if (isTitle(s, start) && end - start >= 2
                    && (type == EntityType.LOC || rankFollows(s, end) || holderAfterComma(s, end)
                        || placeAfterComma(s, end))) {
                s.setSpan(start, end, EntityType.ORG);
            }
        });
    }

    private static boolean isTitle(ContractSentence s, int i) {
        return i >= 0 && s.capitalised(i) && OrganisationWords.officeHead(s.lower()[i]) != null;
    }

    /**
     * Whether a comma and a person follow the name at {@code end}: the holder in apposition ("ungkap Kadisdikbud
     * Merangin, M Zubir K", sindonews.com, 15 September 2019).
     */
    private static boolean holderAfterComma(ContractSentence s, int end) {
        return end + 1 < s.size() && s.tokens()[end].equals(",") && s.tags()[end + 1] == BioTag.begin(EntityType.PER);
    }

    /**
     * Whether a comma and a place follow the name at {@code end}: the office's territory with its region, as an
     * address is written ("menjelang sertijab Kapolsek Torgamba, Labuhan Batu, Sumut", merdeka.com, 22 September
     * 2016, where the model read title and territory as a person); a holder is named after his title, not before
     * his region.
     */
    private static boolean placeAfterComma(ContractSentence s, int end) {
        return end + 1 < s.size() && s.tokens()[end].equals(",") && s.tags()[end + 1] == BioTag.begin(EntityType.LOC);
    }

    /** Whether a rank comes right after the name at {@code end}, or after a comma: the holder of the title follows. */
    private static boolean rankFollows(ContractSentence s, int end) {
        int at = end < s.size() && s.tokens()[end].equals(",") ? end + 1 : end;
        return at < s.size() && Honorifics.isRank(s.lower()[at].replace(".", ""));
    }
}
