package id.kabar.ingest;

import id.kabar.model.Rejection;
import id.kabar.model.SourceDocument;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps article ids unique across a run: a page whose id was already accepted is rejected as a duplicate rather
 * than silently overwriting the first one downstream.
 */
final class UniqueIds {
    private final IngestSink downstream;
    private final Map<String, String> firstSourceById = new HashMap<>();

    UniqueIds(IngestSink downstream) {
        this.downstream = downstream;
    }

    /** A sink for the pages of one input file, which checks their ids against everything accepted so far. */
    IngestSink forFile(InputFile file) {
        return new IngestSink() {
            @Override
            public void accept(SourceDocument document) {
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
