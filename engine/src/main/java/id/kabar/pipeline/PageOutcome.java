package id.kabar.pipeline;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Rejection;
import java.io.Serializable;

/**
 * What became of one page: its annotated article, or the reason it was rejected.
 *
 * @param sourceHash identifies the page's content (see {@link PageAnalysis#sourceHash}); 0 for a rejection
 */
public record PageOutcome(AnnotatedArticle article, Rejection rejection, long sourceHash) implements Serializable {
    public PageOutcome {
        if ((article == null) == (rejection == null)) {
            throw new IllegalArgumentException("a page is either an article or a rejection");
        }
    }
}
