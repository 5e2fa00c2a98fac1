package id.kabar.annotate.entity;

import id.kabar.lang.OrganisationWords;
import id.kabar.lang.WordLists;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A panel of a court's judges ({@code Majelis Hakim}) is no organisation's name: written before a court, the court is
 * the organisation ({@code Majelis Hakim Pengadilan Negeri Bandung} is {@code Pengadilan Negeri Bandung}); written
 * alone, it names no one. The model runs the panel and the court into one span, or reads the panel alone as an
 * organisation. Run after the organisation heads, which read {@code Majelis} as one: the panel's words are left
 * out of the span, and the court after them opens it.
 */
final class CourtPanelRule implements ContractRule {
    /** The panels, each as its lower-case words, longest first. */
    private static final List<String[]> PANELS = WordLists.read(WordLists.class, "court-panels.txt").stream()
            .map(p -> p.split(" ")).sorted(Comparator.comparingInt((String[] p) -> p.length).reversed()).toList();

    @Override
    public void apply(ContractSentence s) {
        BioTag[] tags = s.tags();
        for (int i = 0; i < s.size(); i++) {
            int length = panelLength(s.lower(), i);
            if (length == 0) {
                continue;
            }
            int after = i + length;
            boolean courtFollows = after < s.size() && s.capitalised(after)
                    && OrganisationWords.headLength(s.lower(), after) > 0;
            boolean alone = after == s.size() || !s.capitalised(after);
            if (!courtFollows && !alone) {
                continue;
            }
            for (int j = i; j < after; j++) {
                tags[j] = BioTag.O;
            }
            if (courtFollows && tags[after].isInside()) {
                tags[after] = BioTag.begin(tags[after].type());
            }
            i = after - 1;
        }
    }

    private static int panelLength(String[] lower, int at) {
        for (String[] panel : PANELS) {
            if (at + panel.length <= lower.length
                    && Arrays.equals(Arrays.copyOfRange(lower, at, at + panel.length), panel)) {
                return panel.length;
            }
        }
        return 0;
    }
}
