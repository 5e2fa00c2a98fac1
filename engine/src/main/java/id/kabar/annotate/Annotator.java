package id.kabar.annotate;

import id.kabar.annotate.claim.ClaimFinder;
import id.kabar.annotate.entity.EntityRecognizer;
import id.kabar.annotate.quote.QuoteFinder;
import id.kabar.annotate.text.Text;
import id.kabar.annotate.text.TextSegmenter;
import id.kabar.annotate.time.DateContext;
import id.kabar.annotate.time.TimeAnnotation;
import id.kabar.annotate.time.TimeAnnotator;
import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Annotations;
import id.kabar.model.Article;
import id.kabar.model.Claim;
import id.kabar.model.Entity;
import id.kabar.model.PublishedBasis;
import id.kabar.model.Quote;
import java.util.List;

/**
 * Entry point of the annotate stage. Like an analyzer chain, each annotator reads the segmented
 * text and what the ones before it found, and returns its own typed result.
 * Thread-safe: annotators hold no per-article state.
 */
public final class Annotator {
    /**
     * The longest body annotated, so that one page's work is bounded and the rest of a batch never waits on it.
     * The longest articles in CLICK-ID (9,773, 2019) and IndoSum (2,246, 2016-2018) are 11,509 and 13,719
     * characters; 200,000 leaves room for long-form reports and transcripts fifteen times that. The annotators
     * grow linearly with the body: 25,000 characters took 0.7 s and 199,000 took 3 s on the shared 2-core
     * development machine under full load.
     */
    public static final int MAX_BODY_CHARS = 200_000;

    private final TextSegmenter segmenter = new TextSegmenter();
    private final EntityRecognizer entities = new EntityRecognizer();
    private final TimeAnnotator times = new TimeAnnotator();
    private final QuoteFinder quotes = new QuoteFinder();
    private final ClaimFinder claims = new ClaimFinder();

    /**
     * Annotates again, dated from {@code context} (the articles it was read and linked with), an article
     * whose own text could not date it, or dated it outside the years its batch covers (it is left undated
     * when the context cannot date it either). An article with a stated date, or whose own date stands, is
     * returned as it is.
     */
    public AnnotatedArticle annotateIn(AnnotatedArticle annotated, DateContext context) {
        Article article = annotated.article();
        if (article.publishedBasis() == PublishedBasis.STATED || context.isEmpty()) {
            return annotated;
        }
        Article undated = article.withPublished(null, null);
        Text text = segmenter.segment(article.body());
        TimeAnnotation time = times.annotate(text, undated, context);
        boolean unchanged = time.basis() == PublishedBasis.INFERRED || time.published() == null && article.published() == null;
        // names and quotes are read from the words alone, so only the days and the figures dated by them change
        return unchanged ? annotated : annotated(undated, text, annotated.annotations().entities(),
                annotated.annotations().quotes(), time);
    }

    /** Annotates an article; one over {@link #MAX_BODY_CHARS} is refused with {@link ArticleTooLongException}. */
    public AnnotatedArticle annotate(Article article) {
        if (article.body().length() > MAX_BODY_CHARS) {
            throw new ArticleTooLongException(article.body().length(), MAX_BODY_CHARS);
        }
        Text text = segmenter.segment(article.body());
        List<Entity> found = entities.recognize(text);
        TimeAnnotation time = times.annotate(text, article, DateContext.NONE);
        return annotated(article, text, found, quotes.find(text, found), time);
    }

    private AnnotatedArticle annotated(Article article, Text text, List<Entity> found, List<Quote> said,
                                       TimeAnnotation time) {
        List<Claim> counted = claims.find(text, found, said, time.times(), time.published());
        Article dated = time.published() == null || time.published().equals(article.published())
                ? article : article.withPublished(time.published(), time.basis());
        return new AnnotatedArticle(dated, new Annotations(found, said, time.times(), counted));
    }
}
