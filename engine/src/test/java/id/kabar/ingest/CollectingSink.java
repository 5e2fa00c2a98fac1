package id.kabar.ingest;

import id.kabar.model.Rejection;
import id.kabar.model.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Keeps what ingest hands on, for assertions. */
final class CollectingSink implements IngestSink {
    final List<SourceDocument> accepted = new ArrayList<>();
    final List<Rejection> rejected = new ArrayList<>();

    @Override
    public void accept(SourceDocument document) {
        accepted.add(document);
    }

    @Override
    public void reject(Rejection rejection) {
        rejected.add(rejection);
    }

    List<String> acceptedIds() {
        return accepted.stream().map(SourceDocument::id).toList();
    }

    Map<String, String> reasonsById() {
        return rejected.stream().collect(Collectors.toMap(Rejection::id, Rejection::reason, (a, b) -> a + " | " + b));
    }

    SourceDocument only() {
        if (accepted.size() != 1) {
            throw new AssertionError("expected one page, got " + acceptedIds() + " and rejections " + rejected);
        }
        return accepted.get(0);
    }
}
