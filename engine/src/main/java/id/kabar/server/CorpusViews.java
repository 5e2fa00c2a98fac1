package id.kabar.server;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.ArticleLinks;
import id.kabar.model.LinkedCorpus;
import id.kabar.model.MemberRef;
import id.kabar.model.QuoteGroup;
import id.kabar.model.Story;
import id.kabar.present.FigureTable;
import id.kabar.present.Presenter;
import id.kabar.present.StorySummary;
import id.kabar.store.Store;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The presenter over the store, and the views of the whole linked corpus, each built on first use and again
 * only when the store holds a newly linked corpus.
 */
final class CorpusViews {
    private final Store store;
    private final Presenter.Source source;
    private final Presenter presenter;
    private final AtomicReference<Built<FigureTable>> figures = new AtomicReference<>();
    private final AtomicReference<Built<Map<MemberRef, QuoteGroupRef>>> quoteGroups = new AtomicReference<>();
    private final AtomicReference<Built<List<StorySummary>>> mostActive = new AtomicReference<>();

    private record Built<T>(LinkedCorpus corpus, T view) {
    }

    /** A quote group with its place: {@code id} is the story id and the group's place in it ({@code S1/q0}). */
    record QuoteGroupRef(String id, String storyId, QuoteGroup group) {
    }

    CorpusViews(Store store) {
        this.store = store;
        this.source = new Presenter.Source() {
            @Override
            public Optional<AnnotatedArticle> article(String id) {
                return store.article(id);
            }

            @Override
            public ArticleLinks links(String id) {
                return store.links(id);
            }
        };
        this.presenter = new Presenter(source);
    }

    Presenter presenter() {
        return presenter;
    }

    /** Every claim group of the corpus the store holds now. */
    FigureTable figures() {
        return current(figures, corpus -> FigureTable.of(corpus, presenter, source));
    }

    /** Every story, most articles first (the front page's order), ranked once per linked corpus. */
    List<StorySummary> mostActive() {
        return current(mostActive, corpus -> Presenter.mostActive(corpus.stories(), Integer.MAX_VALUE));
    }

    /** The group of every grouped quote (the same statement in other articles), by the quote; a long quote listed in
     *  two groups (two statements run together) gives the first of its story's. */
    Map<MemberRef, QuoteGroupRef> quoteGroups() {
        return current(quoteGroups, corpus -> {
            Map<MemberRef, QuoteGroupRef> byQuote = new HashMap<>();
            for (Story s : corpus.stories()) {
                for (int i = 0; i < s.quoteGroups().size(); i++) {
                    QuoteGroupRef ref = new QuoteGroupRef(s.id() + "/q" + i, s.id(), s.quoteGroups().get(i));
                    ref.group().members().forEach(m -> byQuote.putIfAbsent(m, ref));
                }
            }
            return Map.copyOf(byQuote);
        });
    }

    private <T> T current(AtomicReference<Built<T>> cache, Function<LinkedCorpus, T> build) {
        LinkedCorpus corpus = store.corpus();
        Built<T> built = cache.get();
        if (built == null || built.corpus() != corpus) {
            synchronized (cache) {
                built = cache.get();
                if (built == null || built.corpus() != corpus) {
                    built = new Built<>(corpus, build.apply(corpus));
                    cache.set(built);
                }
            }
        }
        return built.view();
    }
}
