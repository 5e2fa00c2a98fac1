package id.kabar.ingest;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import id.kabar.model.Rejection;
import id.kabar.model.SourceFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile bytes for each ingest reader: whatever a file holds, reading it ends in pages and rejections, or
 * in an {@link IOException} that rejects the file with its reason; any other exception is a fault. In the default
 * test run each target replays its committed inputs ({@code IngestFuzzTestInputs/<target>/}); docs/hardening.md
 * tells how to fuzz one for minutes.
 */
class IngestFuzzTest {
    @TempDir
    static Path dir;

    @FuzzTest
    void charsetDetection(FuzzedDataProvider data) {
        boolean markup = data.consumeBoolean();
        String transport = data.consumeBoolean() ? data.consumeString(40) : null;
        byte[] bytes = data.consumeRemainingAsBytes();
        CharsetDetector.decode(bytes, bytes.length, transport, markup);
    }

    @FuzzTest
    void jsonLines(byte[] bytes) {
        read(new JsonLinesReader(IngestLimits.DEFAULT), "pages.jsonl", bytes);
    }

    @FuzzTest
    void warc(byte[] bytes) {
        read(new WarcFileReader(IngestLimits.DEFAULT), "crawl.warc", bytes);
    }

    @FuzzTest
    void feed(byte[] bytes) {
        read(new FeedReader(IngestLimits.DEFAULT), "feed.xml", bytes);
    }

    @FuzzTest
    void htmlPage(byte[] bytes) {
        read(new PageFileReader(SourceFormat.HTML, IngestLimits.DEFAULT), "page.html", bytes);
    }

    /** Sniffing, decompression and the reader the content picks, as a run meets a file. */
    @FuzzTest
    void anyFile(byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("input.bin"), bytes);
        CollectingSink sink = new CollectingSink();
        new Ingestor().ingest(List.of(file), sink);
        for (Rejection r : sink.rejected) {
            if (r.reason().startsWith("could not read: ")) { // the reason Ingestor gives a fault
                throw new AssertionError("a fault while reading: " + r.reason());
            }
        }
    }

    private static void read(ContainerReader reader, String name, byte[] bytes) {
        Path file;
        try {
            file = Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (OpenedInput input = OpenedInput.open(new LocalFile(file))) {
            reader.read(InputFile.local(file, name), input, new CollectingSink());
        } catch (IOException rejected) {
            // a file that cannot be read is rejected with its reason (RejectedInputException, or read errors)
        }
    }
}
