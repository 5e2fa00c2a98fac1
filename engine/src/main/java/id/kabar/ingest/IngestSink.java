package id.kabar.ingest;

import id.kabar.model.Rejection;
import id.kabar.model.SourceDocument;

/** Receives pages as ingest reads them, and the inputs it could not read. */
public interface IngestSink {
    void accept(SourceDocument document);

    void reject(Rejection rejection);

    /** Ingest opens the next file (its pages and rejections follow); for progress, so nothing by default. */
    default void fileOpened() { }
}
