/**
 * The ingest stage: turns input files into pages for the extractor.
 *
 * <p>{@link id.kabar.ingest.Ingestor} walks the inputs in a stable order and, for each file, undoes gzip or zstd
 * compression ({@code Compression}, by magic bytes), recognises the container ({@code FormatSniffer} over the
 * first bytes, else the extension) and hands it to one reader per container: a single text or HTML page, JSON
 * Lines, WARC, or an RSS/Atom feed. Bytes become text through {@code CharsetDetector}. Every page leaves as a
 * {@link id.kabar.model.SourceDocument}; anything that cannot be read leaves as a
 * {@link id.kabar.model.Rejection} with its reason, and the run goes on. Containers are streamed, and
 * {@link id.kabar.ingest.IngestLimits} caps what one page may cost.
 */
package id.kabar.ingest;
