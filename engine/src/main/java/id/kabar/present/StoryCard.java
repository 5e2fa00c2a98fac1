package id.kabar.present;

import id.kabar.store.SearchResult;
import java.util.List;

/**
 * A story as a card shows it: its size and days, the outlets that ran it with how many of its articles each
 * (most first), and how many of its figure groups outlets disagree on or have updated.
 */
public record StoryCard(StorySummary summary, List<SearchResult.FacetCount> outlets, int disagreements, int updates) {
    public StoryCard {
        outlets = List.copyOf(outlets);
    }
}
