package id.kabar.annotate.entity;

import id.kabar.lang.OrganisationWords;
import id.kabar.model.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An organisation whose name closes with words of a company's or a body's form ({@code Entertainment},
 * {@code Group}, {@code Inc}: {@code organisation-tails.txt}) is the same organisation where the article writes its
 * name without them, though the tagger reads a person there: "Studio animasi dan game mobile Rovio Entertainment"
 * makes "kata Rovio seperti dilansir Reuters" the studio (Rimanews, 24 May 2017). A name left that is a listed place
 * is the place's ({@code Jakarta Post} leaves {@code Jakarta} a place), and so is a listed person's.
 */
final class OrganisationStemRule implements ArticleRule {
    private final Gazetteer gazetteer;

    OrganisationStemRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public void apply(List<String[]> sentences, List<String[]> lowered, List<BioTag[]> tags) {
        Set<String> stems = new HashSet<>();
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            String[] lower = lowered.get(s);
            BioTag.forEachSpanOf(tags.get(s), EntityType.ORG, (start, end) -> {
                int stemEnd = end;
                while (stemEnd > start + 1 && OrganisationWords.isTail(lower[stemEnd - 1])) {
                    stemEnd--;
                }
                if (stemEnd < end && gazetteer.lookup(String.join(" ", List.of(words).subList(start, stemEnd))) == null) {
                    stems.add(String.join(" ", List.of(lower).subList(start, stemEnd)));
                }
            });
        }
        if (stems.isEmpty()) {
            return;
        }
        for (int s = 0; s < sentences.size(); s++) {
            String[] lower = lowered.get(s);
            BioTag[] t = tags.get(s);
            BioTag.forEachSpanOf(t, EntityType.PER, (start, end) -> {
                if (stems.contains(String.join(" ", List.of(lower).subList(start, end)))) {
                    BioTag.setSpan(t, start, end, EntityType.ORG);
                }
            });
        }
    }
}
