package id.kabar.model;

import java.util.Objects;

/** Where one article sits in the linked corpus: the copy it duplicates, its event and story. */
public record ArticleLinks(String duplicateOf, String event, String story) {
    public ArticleLinks {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(story, "story");
    }
}
