package id.kabar.server;

import id.kabar.model.ClaimGroup;
import id.kabar.model.ClaimGroupKind;
import id.kabar.model.Story;
import id.kabar.present.Presenter;
import id.kabar.present.StoryCard;
import id.kabar.store.SearchResult;
import id.kabar.store.Store;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Story cards: a story's size and days from the linked corpus, its outlets counted by the index over its
 * articles (one query a card, no article read), and the outlets of the store that ran none of it.
 */
final class StoryCards {
    private static final Comparator<SearchResult.FacetCount> MOST_ARTICLES =
            Comparator.comparingLong(SearchResult.FacetCount::count).reversed()
                    .thenComparing(SearchResult.FacetCount::value, String.CASE_INSENSITIVE_ORDER);

    private final Store store;

    StoryCards(Store store) {
        this.store = store;
    }

    StoryCard card(Story s) {
        List<SearchResult.FacetCount> outlets = new ArrayList<>(store.outletsOf(s.articles()));
        outlets.sort(MOST_ARTICLES);
        return new StoryCard(Presenter.summary(s), outlets, kinds(s, ClaimGroupKind.DISAGREEMENT),
                kinds(s, ClaimGroupKind.UPDATE));
    }

    private static int kinds(Story s, ClaimGroupKind kind) {
        int n = 0;
        for (ClaimGroup g : s.claimGroups()) {
            if (g.kind() == kind) {
                n++;
            }
        }
        return n;
    }

    /** The outlets of the store (outlet names compared in any case) that ran none of the story's articles. */
    List<String> notCovering(StoryCard card) {
        Set<String> covered = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        card.outlets().forEach(o -> covered.add(o.value()));
        List<String> missing = new ArrayList<>();
        for (SearchResult.FacetCount o : store.outlets()) {
            if (!covered.contains(o.value())) {
                missing.add(o.value());
            }
        }
        return missing;
    }
}
