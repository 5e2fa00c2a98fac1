package id.kabar.present;

import id.kabar.store.SearchResult;
import java.util.List;

/**
 * The search page: the form's values, the hits, and for every facet the values that narrow the
 * hits with a link that applies (or removes) that filter; the chart of hits per day and outlet ({@code chart},
 * {@link ChartData#days}) and the stories of this page's hits. {@code problem} says what is wrong with the form's
 * values (a date that is not one) when the search could not run, else it is null.
 */
public record SearchView(String text, String from, String to, List<ActiveFilter> filters, SearchResult result,
                         List<FacetGroup> facets, String chart, List<StoryCard> stories, String previous, String next,
                         String problem) {
    public SearchView {
        filters = List.copyOf(filters);
        facets = List.copyOf(facets);
        stories = List.copyOf(stories);
    }

    public record ActiveFilter(String name, String value, String removeHref) {
    }

    public record FacetGroup(String dim, List<FacetLink> values) {
        public FacetGroup {
            values = List.copyOf(values);
        }
    }

    public record FacetLink(String value, long count, String href, boolean active) {
    }

    public boolean searched() {
        return result != null;
    }
}
