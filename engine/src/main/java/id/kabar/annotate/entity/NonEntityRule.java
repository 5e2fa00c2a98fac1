package id.kabar.annotate.entity;

import id.kabar.lang.NonEntityWords;
import id.kabar.model.EntityType;

/**
 * Names the contract does not count as entities are untagged: a kind of facility written as an acronym ("PLTS"), and
 * an organisation's meeting, an event, which leaves the organisation holding it ("Munas Hipmi"). The short title
 * of a law ("rancangan UU PTUK") stays as the model read it: the linker ties the reports on one bill by such names
 * ("RUU KUHP"), and untagging them cost stories on the CLICK-ID week. Other events named by a place
 * ("MotoGP San Marino") stay too: the linker tells one session of a race from another by them (read as "San
 * Marino", the practice sessions of the CLICK-ID week ran into one event).
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
            if (end - start == 1 && NonEntityWords.isFacilityKind(lower[start])) {
                tags[start] = BioTag.O;
            } else if (end - start >= 2 && NonEntityWords.isMeetingHead(lower[start])) {
                tags[start] = BioTag.O;
                EntityType listed = listedType(s, start + 1, end);
                s.setSpan(start + 1, end, listed != null ? listed : EntityType.ORG);
            }
            start = end - 1;
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
