package id.kabar.ingest;

import id.kabar.model.Rejection;
import id.kabar.model.SourceFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point of the ingest stage: walks the inputs (files and folders, recursively, in a stable order), opens
 * each file (decompressing gzip and zstd), recognises its format by content and extension, and hands every page
 * to the sink. Whatever cannot be read becomes a rejection with its reason, and the run goes on.
 */
public final class Ingestor {
    private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);
    private final Map<ContainerFormat, ContainerReader> readers = new EnumMap<>(ContainerFormat.class);
    private final InputSelection selection;

    public Ingestor() {
        this(IngestLimits.DEFAULT);
    }

    public Ingestor(IngestLimits limits) {
        this(limits, InputSelection.ALL);
    }

    /** Reads, in folders, only the files {@code selection} admits. */
    public Ingestor(IngestLimits limits, InputSelection selection) {
        this.selection = selection;
        readers.put(ContainerFormat.TEXT, new PageFileReader(SourceFormat.TEXT, limits));
        readers.put(ContainerFormat.HTML, new PageFileReader(SourceFormat.HTML, limits));
        readers.put(ContainerFormat.JSONL, new JsonLinesReader(limits));
        readers.put(ContainerFormat.WARC, new WarcFileReader(limits));
        readers.put(ContainerFormat.FEED, new FeedReader(limits));
    }

    /** Reads every input (files and folders, recursively), in a stable order. */
    public void ingest(List<Path> inputs, IngestSink sink) {
        ingest(InputListing.of(inputs), sink);
    }

    /** Reads every file the listing gives, in its order. */
    public void ingest(InputListing inputs, IngestSink sink) {
        UniqueIds ids = new UniqueIds(sink);
        inputs.forEach(selection, file -> {
            sink.fileOpened();
            read(file, ids.forFile(file));
        }, sink::reject);
    }

    /** How many files {@link #ingest} will open: a listing of the folders, none of them read. */
    public int countFiles(InputListing inputs) {
        int[] files = {0};
        inputs.forEach(selection, file -> files[0]++, unlistable -> { });
        return files[0];
    }

    private void read(InputFile file, IngestSink sink) {
        try (OpenedInput input = OpenedInput.open(file.content())) {
            if (input.isEmpty()) {
                sink.reject(new Rejection(file.id(), "empty file"));
                return;
            }
            ContainerFormat format = formatOf(file, input);
            // A WARC legitimately holds binary records; every other format is text throughout.
            if (format != ContainerFormat.WARC && BinaryContent.looksBinary(input.head(), input.head().length)) {
                sink.reject(new Rejection(file.id(), "binary content, not text"));
                return;
            }
            readers.get(format).read(file, input, sink);
        } catch (RejectedInputException e) {
            LOG.debug("input {} rejected: {}", file.id(), e.getMessage(), e);
            sink.reject(new Rejection(file.id(), e.getMessage()));
        } catch (IOException e) {
            LOG.debug("input {} cannot be read", file.id(), e);
            sink.reject(new Rejection(file.id(), "cannot read: " + IoFailures.describe(e)));
        } catch (RuntimeException | StackOverflowError e) {
            // A parser bug on hostile input must cost this file only, never the batch; its trace finds the bug.
            LOG.warn("input {} could not be read", file.id(), e);
            sink.reject(new Rejection(file.id(), "could not read: " + e));
        }
    }

    /** Content decides when it is unmistakable, since extensions lie; else the extension; else plain text. */
    private static ContainerFormat formatOf(InputFile file, OpenedInput input) {
        return FormatSniffer.sniff(input.head())
                .or(() -> ContainerFormat.byExtension(file.lowerCaseName()))
                .orElse(ContainerFormat.TEXT);
    }
}
