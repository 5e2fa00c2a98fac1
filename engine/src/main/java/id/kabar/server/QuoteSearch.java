package id.kabar.server;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.MemberRef;
import id.kabar.model.Quote;
import id.kabar.store.Position;
import id.kabar.store.SearchQuery;
import id.kabar.store.Slice;
import id.kabar.store.Store;
import id.kabar.store.WordMatch;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotes in store order. By speaker alone the index lists them directly, counted. With words, an outlet or
 * days, the index finds the articles that can hold such quotes (their text has the words, their outlet and day
 * fit, they quote the speaker) and their quotes are read and matched; a page then reads at most
 * {@link #MAX_ARTICLES} articles, ends with a whole article, and the list is not counted.
 */
final class QuoteSearch {
    /**
     * Articles a page of quotes may read: at the few milliseconds an article takes to decode, a few hundred keep
     * a page well under a second however rare the words are in quotes.
     */
    static final int MAX_ARTICLES = 300;
    /** Articles asked of the index at a time while a page fills. */
    private static final int ARTICLE_SLICE = 25;

    private final Store store;

    QuoteSearch(Store store) {
        this.store = store;
    }

    /** {@code limit} quotes or a little more (a page ends with an article) after {@code after}, or from {@code offset}. */
    Slice<MemberRef> find(QuoteRequest r, int offset, Position after, int limit) {
        if (!r.readsArticles()) {
            return store.quotes(r.speakers(), offset, after, limit);
        }
        SearchQuery articles = new SearchQuery(r.words(), r.outlet(), null, null, null, r.from(), r.to(), 0, ARTICLE_SLICE);
        WordMatch words = r.words() == null ? null : WordMatch.of(r.words());
        List<MemberRef> found = new ArrayList<>();
        Position at = after;
        int read = 0;
        while (true) {
            Slice<String> ids = store.articlesInOrder(articles, r.speakers(), at, ARTICLE_SLICE);
            for (int i = 0; i < ids.items().size(); i++) {
                String id = ids.items().get(i);
                store.article(id).ifPresent(a -> found.addAll(said(a, r, words)));
                read++;
                boolean more = i + 1 < ids.items().size() || ids.next() != null;
                if (!more) {
                    return new Slice<>(-1, found, null);
                }
                if (found.size() >= limit || read >= MAX_ARTICLES) {
                    return new Slice<>(-1, found, store.positionOf(id));
                }
            }
            at = ids.next();
            if (at == null) {
                return new Slice<>(-1, found, null);
            }
        }
    }

    private static List<MemberRef> said(AnnotatedArticle a, QuoteRequest r, WordMatch words) {
        List<MemberRef> refs = new ArrayList<>();
        List<Quote> quotes = a.annotations().quotes();
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            if ((r.speakers() == null || r.speakers().contains(q.speaker())) && (words == null || words.in(q.text()))) {
                refs.add(new MemberRef(a.id(), i));
            }
        }
        return refs;
    }
}
