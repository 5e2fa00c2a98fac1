package id.kabar.model;

import java.io.Serializable;
import java.util.List;

/**
 * Facts the container of a page already states (a JSONL line, an RSS item, a WARC header).
 * The contract trusts them over anything the extractor would infer, so they travel with the page.
 * Every field may be null (authors: empty) when the container says nothing.
 */
public record SourceHints(String title, String published, String outlet, List<String> authors) implements Serializable {
    public static final SourceHints NONE = new SourceHints(null, null, null, List.of());

    public SourceHints {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
