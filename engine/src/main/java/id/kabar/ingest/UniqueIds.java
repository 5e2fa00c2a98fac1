package id.kabar.ingest;

import id.kabar.model.Rejection;
import id.kabar.model.SourceDocument;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Keeps article ids unique across a run: a page whose id was already accepted is rejected as a duplicate rather
 * than silently overwriting the first one downstream. Ids are first cleaned of control characters (a newline
 * pasted into a JSONL id or url): they are what pages, links and the API look an article up by.
 */
final class UniqueIds {
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private final IngestSink downstream;
    private final Map<String, String> firstSourceById = new HashMap<>();

    UniqueIds(IngestSink downstream) {
        this.downstream = downstream;
    }

    /** A sink for the pages of one input file, which checks their ids against everything accepted so far. */
    IngestSink forFile(InputFile file) {
        return new IngestSink() {
            @Override
            public void accept(SourceDocument page) {
                String id = CONTROL.matcher(page.id()).replaceAll("");
                if (id.isBlank()) {
                    downstream.reject(new Rejection(page.id(), "id has no printable characters"));
                    return;
                }
                SourceDocument document = id.equals(page.id()) ? page
                        : new SourceDocument(id, page.format(), page.content(), page.url(), page.hints());
                String first = firstSourceById.putIfAbsent(document.id(), file.id());
                if (first == null) {
                    downstream.accept(document);
                } else {
                    downstream.reject(new Rejection(document.id(), first.equals(document.id())
                            ? "duplicate id" : "duplicate id (first read from " + first + ")"));
                }
            }

            @Override
            public void reject(Rejection rejection) {
                downstream.reject(rejection);
            }
        };
    }
}
