package id.kabar.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * One page as ingest hands it on: decoded to text, not yet understood.
 *
 * @param id      the contract's article id (relative path, JSONL id or url, WARC target URI)
 * @param format  how {@code content} is to be read
 * @param content the decoded page (text or HTML)
 * @param url     where the page came from, if known (null otherwise)
 * @param hints   facts stated by the container the page came in
 */
public record SourceDocument(String id, SourceFormat format, String content, String url, SourceHints hints)
        implements Serializable {
    public SourceDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
        hints = hints == null ? SourceHints.NONE : hints;
    }
}
