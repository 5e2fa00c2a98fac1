package id.kabar.annotate;

import java.util.Locale;

/** An article whose body is over {@link Annotator#MAX_BODY_CHARS}: the page is rejected, the run goes on. */
public final class ArticleTooLongException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ArticleTooLongException(int length, int limit) {
        super(String.format(Locale.ROOT, "article too long to annotate: %,d characters, over the %,d limit", length, limit));
    }
}
