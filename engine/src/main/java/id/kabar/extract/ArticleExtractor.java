package id.kabar.extract;

import id.kabar.model.Article;
import id.kabar.model.SourceDocument;

/** Entry point of the extract stage: turns a page into a clean article. */
public final class ArticleExtractor {

    public Article extract(SourceDocument document) throws ExtractionException {
        String body = document.content().strip();
        if (body.isEmpty()) {
            throw new ExtractionException("no text");
        }
        return new Article(document.id(), document.url(), null, null, null, null, null, null, null, body);
    }
}
