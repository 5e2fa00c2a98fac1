package id.kabar.server;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.ArticleLinks;
import id.kabar.model.LinkedCorpus;
import id.kabar.present.FigureTable;
import id.kabar.present.Presenter;
import id.kabar.store.Store;
import java.util.Optional;

/**
 * The presenter over the store, and the views of the whole linked corpus, each built on first use and again
 * only when the store holds a newly linked corpus.
 */
final class CorpusViews {
    private final Store store;
    private final Presenter.Source source;
    private final Presenter presenter;
    private volatile Built<FigureTable> figures;

    private record Built<T>(LinkedCorpus corpus, T view) {
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
        LinkedCorpus corpus = store.corpus();
        Built<FigureTable> built = figures;
        if (built == null || built.corpus() != corpus) {
            synchronized (this) {
                built = figures;
                if (built == null || built.corpus() != corpus) {
                    built = new Built<>(corpus, FigureTable.of(corpus, presenter, source));
                    figures = built;
                }
            }
        }
        return built.view();
    }
}
