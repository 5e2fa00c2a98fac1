package id.kabar.present;

import id.kabar.model.Article;
import id.kabar.model.ArticleLinks;
import java.time.LocalDate;

/** One article as a line in a list: enough to name it and link to it. */
public record ArticleRow(String id, String title, String outlet, LocalDate published, String event,
                         String duplicateOf) {

    public static ArticleRow of(Article a, ArticleLinks links) {
        return new ArticleRow(a.id(), a.title(), a.outlet(), a.published(),
                links == null ? null : links.event(), links == null ? null : links.duplicateOf());
    }

    /** The headline, or the id when the page had none. */
    public String label() {
        return title == null || title.isBlank() ? id : title;
    }
}
