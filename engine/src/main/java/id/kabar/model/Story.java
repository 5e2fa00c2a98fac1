package id.kabar.model;

import java.util.List;

/** A longer thread of events, with its articles, timeline and cross-outlet groups. */
public record Story(String id, String title, List<String> articles, List<Event> events,
                   List<QuoteGroup> quoteGroups, List<ClaimGroup> claimGroups) {
    public Story {
        articles = List.copyOf(articles);
        events = List.copyOf(events);
        quoteGroups = List.copyOf(quoteGroups);
        claimGroups = List.copyOf(claimGroups);
    }
}
