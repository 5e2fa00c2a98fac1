package id.kabar.model;

import java.io.Serializable;
import java.util.Objects;

/** An article with its annotations: what the link stage consumes. */
public record AnnotatedArticle(Article article, Annotations annotations) implements Serializable {
    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(annotations, "annotations");
    }

    public String id() {
        return article.id();
    }
}
