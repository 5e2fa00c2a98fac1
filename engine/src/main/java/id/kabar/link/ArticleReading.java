package id.kabar.link;

import java.util.List;

/**
 * An article read for linking ({@link Linker#read}): what its profile takes from the article alone, the words it is
 * compared by not yet numbered. Reading is most of the work of profiling and needs no linker state, so articles are
 * read on any thread ahead of linking; the linker numbers the words of each as it takes it in, in arrival order.
 */
public final class ArticleReading {
    final String id;
    final ArticleProfiler.RankedWords terms;
    final ArticleProfiler.RankedWords entities;
    final List<ArticleProfiler.QuoteWords> quotes;
    final List<String> headlineStems;
    final List<String> placeStems;
    final ArticleProfiler.Assembly assembly;

    ArticleReading(String id, ArticleProfiler.RankedWords terms, ArticleProfiler.RankedWords entities,
                   List<ArticleProfiler.QuoteWords> quotes, List<String> headlineStems, List<String> placeStems,
                   ArticleProfiler.Assembly assembly) {
        this.id = id;
        this.terms = terms;
        this.entities = entities;
        this.quotes = quotes;
        this.headlineStems = headlineStems;
        this.placeStems = placeStems;
        this.assembly = assembly;
    }

    /** The article's id. */
    public String id() {
        return id;
    }
}
