package id.kabar.model;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A clean article: what extraction makes of a page.
 *
 * @param id              the contract id of the page
 * @param url             source url if known
 * @param language        ISO 639-1 code ({@code id}, {@code ms}, {@code en}, ...) or {@code und}
 * @param outlet          the publication as it names itself, or null
 * @param title           the headline, or null
 * @param published       the publication day, or null if it cannot be told
 * @param publishedBasis  how {@code published} was found; null when {@code published} is null
 * @param authors         people credited with writing or editing
 * @param dateline        the place in the dateline, or null
 * @param body            the article text, paragraphs joined by a blank line
 * @param publishedSource which part of the page stated {@code published}; null unless the basis is stated
 * @param modified        the day the page says it was last changed, or null when it says none
 * @param publishedAt     the publication instant, when what stated {@code published} gave its time of day and offset;
 *                        else null. Not part of the contract's output: the linker keeps it apart one outlet's reports
 *                        of one day, and the store keeps it for a linker rebuilt from the stored articles
 */
public record Article(String id, String url, String language, String outlet, String title,
                      LocalDate published, PublishedBasis publishedBasis, List<String> authors,
                      String dateline, String body, DateSource publishedSource, LocalDate modified,
                      Instant publishedAt)
        implements Serializable {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** An article whose page states no source for its date and no change: text input, and tests. */
    public Article(String id, String url, String language, String outlet, String title, LocalDate published,
                   PublishedBasis publishedBasis, List<String> authors, String dateline, String body) {
        this(id, url, language, outlet, title, published, publishedBasis, authors, dateline, body, null, null);
    }

    /** An article whose page states its publication day but not its time. */
    public Article(String id, String url, String language, String outlet, String title, LocalDate published,
                   PublishedBasis publishedBasis, List<String> authors, String dateline, String body,
                   DateSource publishedSource, LocalDate modified) {
        this(id, url, language, outlet, title, published, publishedBasis, authors, dateline, body, publishedSource,
                modified, null);
    }

    /**
     * The same article with a publication date found later in the pipeline, from its text or its batch: the instant
     * stated with the former date no longer dates it.
     */
    public Article withPublished(LocalDate day, PublishedBasis basis) {
        return new Article(id, url, language, outlet, title, day, basis, authors, dateline, body,
                basis == PublishedBasis.STATED ? publishedSource : null, modified, null);
    }
}
