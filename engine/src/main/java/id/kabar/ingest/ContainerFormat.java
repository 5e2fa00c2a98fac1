package id.kabar.ingest;

import java.util.Optional;

/** What an input file holds: one page, or a container of many. */
enum ContainerFormat {
    /** One page of plain text. */
    TEXT,
    /** One HTML page. */
    HTML,
    /** JSON Lines, one article per line. */
    JSONL,
    /** A web archive of HTTP records. */
    WARC,
    /** An RSS or Atom feed, one article per item. */
    FEED;

    /** The format a file name announces once any compression extension is taken off, if it announces one. */
    static Optional<ContainerFormat> byExtension(String lowerCaseName) {
        String name = Compression.withoutCompressionExtension(lowerCaseName);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return Optional.ofNullable(switch (extension) {
            case "txt", "text" -> TEXT;
            case "html", "htm", "xhtml", "shtml" -> HTML;
            case "jsonl", "ndjson" -> JSONL;
            case "warc" -> WARC;
            case "rss", "atom", "xml" -> FEED;
            default -> null;
        });
    }
}
