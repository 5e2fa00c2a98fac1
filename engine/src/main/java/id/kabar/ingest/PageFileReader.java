package id.kabar.ingest;

import id.kabar.model.Rejection;
import id.kabar.model.SourceDocument;
import id.kabar.model.SourceFormat;
import id.kabar.model.SourceHints;
import java.io.IOException;

/** Reads a file that holds one page, plain text or HTML. */
final class PageFileReader implements ContainerReader {
    private final SourceFormat format;
    private final IngestLimits limits;

    PageFileReader(SourceFormat format, IngestLimits limits) {
        this.format = format;
        this.limits = limits;
    }

    @Override
    public void read(InputFile file, OpenedInput input, IngestSink sink) throws IOException {
        if (input.compression() == Compression.NONE) {
            // Decided from the size on disk, so a huge page is never read in.
            long size = file.content().size();
            if (size > limits.maxPageBytes()) {
                sink.reject(new Rejection(file.id(), "page too large: " + IngestLimits.describeSize(size) + " > "
                        + IngestLimits.describeSize(limits.maxPageBytes()) + " limit"));
                return;
            }
        }
        byte[] bytes = input.stream().readNBytes(limits.maxPageBytes() + 1);
        if (bytes.length > limits.maxPageBytes()) {
            sink.reject(new Rejection(file.id(), "page too large: over the "
                    + IngestLimits.describeSize(limits.maxPageBytes()) + " limit once decompressed"));
            return;
        }
        String content = CharsetDetector.decode(bytes, bytes.length, null, format == SourceFormat.HTML);
        if (content.isBlank()) {
            sink.reject(new Rejection(file.id(), "empty file: whitespace only"));
            return;
        }
        sink.accept(new SourceDocument(file.id(), format, content, null, SourceHints.NONE));
    }
}
