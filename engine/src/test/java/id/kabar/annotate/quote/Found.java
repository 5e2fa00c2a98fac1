package id.kabar.annotate.quote;

import static org.assertj.core.api.Assertions.assertThat;

import id.kabar.annotate.text.TextSegmenter;
import id.kabar.model.Entity;
import id.kabar.model.Quote;
import java.util.List;

/** Runs the quote finder on a body and checks every quote's span against the body. */
final class Found {
    private Found() {
    }

    static List<Quote> quotes(String body, List<Entity> entities) {
        List<Quote> quotes = new QuoteFinder().find(new TextSegmenter().segment(body), entities);
        for (Quote q : quotes) {
            assertThat(body.substring(q.start(), q.end())).isEqualTo(q.text());
        }
        return quotes;
    }

    static List<Quote> quotes(String body) {
        return quotes(body, List.of());
    }
}
