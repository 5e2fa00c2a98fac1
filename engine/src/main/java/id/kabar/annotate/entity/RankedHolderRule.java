package id.kabar.annotate.entity;

import id.kabar.lang.Honorifics;
import id.kabar.lang.OrganisationWords;
import id.kabar.lang.WordLists;
import id.kabar.model.EntityType;
import java.util.Arrays;
import java.util.List;

/**
 * A police or military rank inside a name the model read as one person opens the holder's name: what stands
 * before it is the office of the title, not the person. In {@code Kapolsek Tebet Kompol Alexander Yurikho} the
 * model reads {@code Tebet Kompol Alexander Yurikho} as one person; the holder is {@code Kompol Alexander
 * Yurikho}, and {@code Kapolsek Tebet} names the Polsek, as a title written before its office does. Words
 * before the rank that name no office ({@code Kasatrekrim AKP Dede Iskandar}) are no name.
 *
 * <p>A rank closing a span the model read as an organisation or a place, a name after it, is no part of the office:
 * "ujar Kepala Bidang Humas Polda Metro Jaya Komisaris Besar Argo Yuwono" (CLICK-ID, 10-16 September 2019) names
 * {@code Polda Metro Jaya}, which {@code Polda Metro Jaya Komisaris Besar} missed; so does one before the mark of
 * its corps ("Humas Polda Sulawesi Selatan Kombes (Pol) Dicky Sondani"; {@code written-ranks.txt}).
 */
final class RankedHolderRule implements ContractRule {
    /** Ranks as they close an office run into them, longest first: {@code komisaris besar}, {@code kombes}. */
    private static final List<String[]> CLOSING_RANKS = WordLists.read(WordLists.class, "written-ranks.txt").stream()
            .map(r -> r.split(" "))
            .sorted((a, b) -> b.length - a.length)
            .toList();

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        for (int start = 0; start < tags.length; start++) {
            if (tags[start].isBegin() && tags[start].type() != EntityType.PER) {
                int end = BioTag.spanEnd(tags, start);
                int rank = closingRank(s, start, end);
                if (rank > start && end < s.size() && (s.capitalised(end) || s.tokens()[end].equals("("))) {
                    BioTag.clearSpan(tags, rank, end);
                }
                start = end - 1;
            }
        }
        BioTag.forEachSpanOf(tags, EntityType.PER, (start, end) -> {
            for (int r = start + 1; r + 1 < end; r++) {
                if (Honorifics.isRank(s.lower()[r].replace(".", "")) && s.capitalised(r + 1)
                        && !Honorifics.isRank(s.lower()[r - 1].replace(".", ""))) {
                    markOffice(s, start, r);
                    s.setSpan(r, end, EntityType.PER);
                    return;
                }
            }
        });
    }

    /** Where a rank closing the span {@code [start, end)} begins; -1 when it closes with none. */
    private static int closingRank(ContractSentence s, int start, int end) {
        for (String[] rank : CLOSING_RANKS) {
            int at = end - rank.length;
            if (at >= start && Arrays.equals(rank, 0, rank.length, s.lower(), at, end)) {
                return at;
            }
        }
        return -1;
    }

    /** The words before the rank: with the title before them an office, from an organisation's head one, else none. */
    private static void markOffice(ContractSentence s, int start, int rank) {
        int office = start > 0 && OrganisationWords.officeHead(s.lower()[start - 1]) != null ? start - 1 : -1;
        for (int i = start; i < rank && office < 0; i++) {
            if (OrganisationWords.isHead(s.lower()[i]) || OrganisationWords.officeHead(s.lower()[i]) != null) {
                office = i;
            }
        }
        for (int i = start; i < rank; i++) {
            s.tags()[i] = BioTag.O;
        }
        if (office >= 0 && office + 1 < rank) {
            s.setSpan(office, rank, EntityType.ORG);
        }
    }
}
