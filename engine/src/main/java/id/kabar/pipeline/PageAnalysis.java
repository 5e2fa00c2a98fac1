package id.kabar.pipeline;

import com.dynatrace.hash4j.hashing.Hashing;
import id.kabar.annotate.Annotator;
import id.kabar.annotate.ArticleTooLongException;
import id.kabar.annotate.time.DateContext;
import id.kabar.extract.ArticleExtractor;
import id.kabar.extract.ExtractionException;
import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Rejection;
import id.kabar.model.SourceDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-page half of a run: extract, then annotate. It needs nothing but the page, so pages can be
 * spread over threads or machines; thread-safe. A page that fails becomes a rejection, never an exception.
 */
public final class PageAnalysis {
    private static final Logger LOG = LoggerFactory.getLogger(PageAnalysis.class);
    private final ArticleExtractor extractor = new ArticleExtractor();
    private final Annotator annotator = new Annotator();

    public PageOutcome analyse(SourceDocument page) {
        try {
            return new PageOutcome(annotator.annotate(extractor.extract(page)), null, sourceHash(page));
        } catch (ExtractionException | ArticleTooLongException e) {
            LOG.debug("page {} rejected: {}", page.id(), e.getMessage(), e);
            return new PageOutcome(null, new Rejection(page.id(), e.getMessage()), 0);
        } catch (RuntimeException | StackOverflowError e) {
            // A fault of the engine, not of the page: the trace is what lets it be found and fixed.
            LOG.warn("page {} could not be analysed", page.id(), e);
            return new PageOutcome(null, new Rejection(page.id(), "could not analyse: " + e), 0);
        }
    }

    /** Annotates an undated article again, dated from {@code context} (see {@link Annotator#annotateIn}). */
    AnnotatedArticle annotateIn(AnnotatedArticle article, DateContext context) {
        return annotator.annotateIn(article, context);
    }

    /** Identifies a page's content: what it says and what its container states about it. */
    static long sourceHash(SourceDocument d) {
        return Hashing.xxh3_64().hashStream()
                .putString(d.format().name())
                .putString(d.content())
                .putString(String.valueOf(d.url()))
                .putString(d.hints().toString())
                .getAsLong();
    }
}
