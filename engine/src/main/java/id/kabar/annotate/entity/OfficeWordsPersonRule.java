package id.kabar.annotate.entity;

import id.kabar.lang.OrganisationWords;
import id.kabar.lang.RoleWords;
import id.kabar.model.EntityType;

/**
 * A person's name made only of the words of titles, an office's units and organisation heads is no one: the
 * model reads the unit of a title as its holder ("kata Humas PT Jasa Marga Faiza Riani", "di tangan Satreskrim
 * Polres Metro Jakarta Barat"; the CLICK-ID week names the person {@code Humas} in 66 articles). A unit or an
 * organisation head is never a name; a title's word may also be someone's ({@code Imam} of {@code Menpora Imam
 * Nahrawi}, {@code Agung}), and is the title's only right before the body it serves. A place's or an
 * organisation's span made only of the words that open titles is no name ("Timbalan Menteri Komunikasi dan
 * Multimedia Malaysia, Datuk Jailani Johari", IndoSum, the Malay deputy's title read as a place).
 */
final class OfficeWordsPersonRule implements ContractRule {

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        BioTag.forEachSpanOf(tags, EntityType.PER, (start, end) -> {
            boolean beforeBody = end < s.size() && tags[end].isBegin() && tags[end].type() != EntityType.PER;
            for (int i = start; i < end; i++) {
                String w = s.lower()[i];
                if (!(OrganisationWords.isUnit(w) || OrganisationWords.isHead(w)
                        || beforeBody && RoleWords.isTitleWord(w))) {
                    return;
                }
            }
            BioTag.clearSpan(tags, start, end);
        });
        BioTag.forEachSpan(tags, (start, end) -> {
            if (tags[start].type() == EntityType.PER) {
                return; // a person's title word may be a name too ("Imam"), judged above
            }
            for (int i = start; i < end; i++) {
                if (!RoleWords.isHead(s.lower()[i])) {
                    return;
                }
            }
            BioTag.clearSpan(tags, start, end);
        });
    }
}
