package id.kabar.present;

import id.kabar.model.Quote;
import java.util.List;

/** Everything one person (or any speaker) said across stories, and the articles naming them. */
public record PersonView(String name, long quoteTotal, int offset, int limit, List<QuoteRow> quotes,
                         List<ArticleRow> articles) {
    public PersonView {
        quotes = List.copyOf(quotes);
        articles = List.copyOf(articles);
    }

    public record QuoteRow(ArticleRow source, String storyId, Quote quote) {
    }
}
