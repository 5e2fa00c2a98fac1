package id.kabar.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a search found: one page of hits and, over all hits, counts per facet value and per publication day and
 * outlet ({@code days}, in day order); {@code next} is where the following page starts, null on the last.
 */
public record SearchResult(long total, int offset, int limit, List<Hit> hits, Map<String, List<FacetCount>> facets,
                           List<DayCount> days, Position next) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
        days = List.copyOf(days);
    }

    /** One matching article with the passages that matched. */
    public record Hit(String id, String title, String outlet, LocalDate published, float score, List<Snippet> snippets) {
        public Hit {
            snippets = List.copyOf(snippets);
        }
    }

    /** How many hits one outlet published on one day; {@code outlet} is null for articles without one. */
    public record DayCount(LocalDate day, String outlet, long count) {
    }

    /** How many hits carry one value of a facet (an outlet, a speaker, a month...). */
    public record FacetCount(String value, long count) {
    }
}
