package id.kabar.annotate.time;

import id.kabar.annotate.text.Text;
import id.kabar.model.Article;
import java.util.List;

/** Finds mentions of days and normalises them against the article's own time. */
public final class TimeAnnotator {

    public TimeAnnotation annotate(Text text, Article article) {
        return new TimeAnnotation(article.published(), article.publishedBasis(), List.of());
    }
}
