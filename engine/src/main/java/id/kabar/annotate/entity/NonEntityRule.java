package id.kabar.annotate.entity;

import id.kabar.lang.NonEntityWords;
import id.kabar.model.EntityType;

/**
 * Names the contract does not count as entities are untagged: the short title of a law, one word after its head
 * ("rancangan UU PTUK"), unless it is a listed organisation's name ("revisi UU KPK" still names the KPK; a longer
 * name after the head is an institution's, "UU Komisi Pemberantasan Tindak Pidana Korupsi", and a person's name
 * is no law's: "Wakil Gubernur Jawa Barat Uu Ruzhanul Ulum"); a kind of facility written as an acronym
 * ("PLTS"); an event. An organisation's meeting ("Munas Hipmi") leaves the organisation holding it, another event
 * ("MotoGP San Marino") the place it is named by, a listed name after its head word or what the model read as a
 * place; a lone "MotoGP" is the competition, which the
 * contract leaves to the reader.
 */
final class NonEntityRule implements ContractRule {

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        String[] lower = s.lower();
        for (int start = 0; start < tags.length; start++) {
            if (!tags[start].isBegin()) {
                continue;
            }
            int end = BioTag.spanEnd(tags, start);
            boolean opensLaw = NonEntityWords.isLawHead(lower[start]);
            int name = opensLaw ? start + 1 : start;
            boolean lawTitle = (opensLaw || start > 0 && s.capitalised(start - 1) && NonEntityWords.isLawHead(lower[start - 1]))
                    && end - name <= 1 && tags[start].type() != EntityType.PER;
            if (lawTitle) {
                boolean organisation = name < end && listedType(s, name, end) == EntityType.ORG;
                clear(tags, start, organisation ? name : end);
                if (organisation) {
                    s.setSpan(name, end, EntityType.ORG);
                }
            } else if (end - start == 1 && NonEntityWords.isFacilityKind(lower[start])) {
                tags[start] = BioTag.O;
            } else if (end - start >= 2 && NonEntityWords.isMeetingHead(lower[start])) {
                tags[start] = BioTag.O;
                EntityType listed = listedType(s, start + 1, end);
                s.setSpan(start + 1, end, listed != null ? listed : EntityType.ORG);
            } else if (end - start >= 2 && NonEntityWords.isEventHead(lower[start])) {
                EntityType listed = listedType(s, start + 1, end);
                EntityType place = listed != null ? listed : tags[start].type() == EntityType.LOC ? EntityType.LOC : null;
                clear(tags, start, place != null ? start + 1 : end);
                if (place != null) {
                    s.setSpan(start + 1, end, place);
                }
            }
            start = end - 1;
        }
    }

    private static void clear(BioTag[] tags, int start, int end) {
        for (int i = start; i < end; i++) {
            tags[i] = BioTag.O;
        }
    }

    /** The listed type of exactly the words {@code [start, end)}, or null when they are not a listed name. */
    private static EntityType listedType(ContractSentence s, int start, int end) {
        for (Gazetteer.Match m : s.listed()) {
            if (m.start() == start && m.end() == end) {
                return m.name().type();
            }
        }
        return null;
    }
}
