package id.kabar.annotate.entity;

import id.kabar.lang.NonEntityWords;
import id.kabar.model.EntityType;

/**
 * Names the contract does not count as entities are untagged: the short title of a law, one word after its head
 * ("rancangan UU PTUK"), unless it is a listed organisation's name ("revisi UU KPK" still names the KPK; a longer
 * name after the head is an institution's, "UU Komisi Pemberantasan Tindak Pidana Korupsi", and a person's name
 * is no law's: "Wakil Gubernur Jawa Barat Uu Ruzhanul Ulum"); a kind of facility written as an acronym
 * ("PLTS"); an organisation's meeting, an event, which leaves the organisation holding it ("Munas Hipmi"). Other
 * events named by a place ("MotoGP San Marino") stay as the model read them: the linker tells one session of a
 * race from another by them (read as "San Marino", the practice sessions of the CLICK-ID week ran into one event).
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
