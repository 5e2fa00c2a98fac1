package id.kabar.present;

import id.kabar.model.Quote;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The quotes page: the form's values (by parameter name; absent ones null), the other names the speaker is
 * quoted under, the quotes found (a statement reported by several articles shown once, all its versions side
 * by side), what is wrong with the form when something is, and the links to the first and next pages.
 */
public record QuotesView(Map<String, String> form, List<String> alsoQuotedAs, List<Item> items, String problem,
                         String first, String next) {
    public QuotesView {
        form = Collections.unmodifiableMap(new LinkedHashMap<>(form));
        alsoQuotedAs = List.copyOf(alsoQuotedAs);
        items = List.copyOf(items);
    }

    public String value(String name) {
        return form.get(name);
    }

    /**
     * One quote found: {@code group} holds every article's version of the statement when others reported it too
     * (then {@code quote} is one of them), else it is null.
     */
    public record Item(ArticleRow source, Quote quote, int index, String storyId, StoryView.QuoteGroupView group) {
    }
}
