package id.kabar.annotate.entity;

import id.kabar.lang.WordLists;
import id.kabar.model.EntityType;
import java.util.Set;

/**
 * The name of a product's feature or colour, written after the noun it is named after ({@code fitur}, {@code
 * warna}), is no entity, and neither are the names listed after it ("dilengkapi fitur cerdas Ultra Game Mode serta
 * vivo Multi-Turbo", "pilihan warna Sonic Blue dan Sonic Black": tempo.co, 10 September 2019, where the tagger made
 * organisations of them). A word of praise may stand between ({@code cerdas}), and one lower-case word after the
 * list's joint (the maker, {@code vivo}). A name opening with a listed organisation there is the company or service
 * the feature belongs to ({@code fitur Instagram Story}) and is left.
 */
final class ProductFeatureRule implements ContractRule {
    private static final Set<String> FEATURE_NOUNS = WordLists.set(WordLists.class, "feature-nouns.txt");
    private static final Set<String> QUALIFIERS = WordLists.set(WordLists.class, "feature-qualifiers.txt");
    private static final Set<String> LIST_JOINTS = WordLists.set(WordLists.class, "list-joints.txt");

    @Override
    public void apply(ContractSentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (!FEATURE_NOUNS.contains(s.lower()[i])) {
                continue;
            }
            int at = i + 1;
            if (at < s.size() && QUALIFIERS.contains(s.lower()[at])) {
                at++;
            }
            int end = untagName(s, at);
            while (end > at && end + 1 < s.size() && LIST_JOINTS.contains(s.lower()[end])) {
                at = s.capitalised(end + 1) ? end + 1 : end + 2;
                int next = untagName(s, at);
                if (next == at) {
                    break;
                }
                end = next;
            }
            i = Math.max(i, end - 1);
        }
    }

    /**
     * Clears the run of capitalised words from {@code at} unless it opens with a listed organisation, the feature's
     * owner ("fitur Instagram Story"); a person the tagger begins inside the run is the feature's user and ends it
     * ("fitur Instagram Story Claudia", kompas.com, September 2019). Returns the run's end.
     */
    private static int untagName(ContractSentence s, int at) {
        int end = at;
        while (end < s.size() && s.capitalised(end) && (end == at || s.tags()[end] != BioTag.begin(EntityType.PER))) {
            end++;
        }
        if (end == at || opensWithListedOrganisation(s, at)) {
            return at;
        }
        BioTag[] tags = s.tags();
        for (int j = at; j < end; j++) {
            tags[j] = BioTag.O;
        }
        if (end < tags.length && tags[end].isInside()) {
            tags[end] = BioTag.begin(tags[end].type());
        }
        return end;
    }

    private static boolean opensWithListedOrganisation(ContractSentence s, int start) {
        return s.listed().stream().anyMatch(m -> m.start() == start && m.name().type() == EntityType.ORG);
    }
}
