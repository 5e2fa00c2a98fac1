package id.kabar.annotate.entity;

import id.kabar.lang.IndonesianNumber;
import id.kabar.lang.WordLists;
import java.util.Set;

/**
 * A name counted as a crowd is the people it names, no entity: a one-word name right after a round plural
 * ({@code ribuan}, {@code puluhan}) or a plural marker ({@code para}), "Tahun lalu, ribuan Venetian sebagai warga
 * asli kota Venesia, sempat melakukan protes" (IndoSum, 2017), where the tagger read a person. A listed name keeps
 * its tag.
 */
final class CrowdNameRule implements ContractRule {
    /** Words that mark a noun as plural ({@code para}). */
    private static final Set<String> PLURAL_MARKERS = WordLists.set(WordLists.class, "plural-markers.txt");

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        BioTag.forEachSpan(tags, (start, end) -> {
            if (end == start + 1 && start > 0 && !s.listedAt(start) && (PLURAL_MARKERS.contains(s.lower()[start - 1])
                    || !Double.isNaN(IndonesianNumber.round(s.lower()[start - 1])))) {
                tags[start] = BioTag.O;
            }
        });
    }
}
