package id.kabar.ingest;

import id.kabar.model.Rejection;
import id.kabar.model.SourceDocument;
import id.kabar.model.SourceFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Entry point of the ingest stage: walks the inputs and hands every page to a sink. */
public final class Ingestor {

    /** Reads every input (files and folders, recursively), in a stable order. */
    public void ingest(List<Path> inputs, IngestSink sink) {
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> files = Files.walk(input)) {
                    files.filter(Files::isRegularFile).sorted()
                            .forEach(f -> readFile(f, input.relativize(f).toString().replace('\\', '/'), sink));
                } catch (IOException e) {
                    sink.reject(new Rejection(input.toString(), "cannot list folder: " + e.getMessage()));
                }
            } else {
                readFile(input, input.getFileName().toString(), sink);
            }
        }
    }

    private void readFile(Path file, String id, IngestSink sink) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            SourceFormat format = name.endsWith(".html") || name.endsWith(".htm") ? SourceFormat.HTML : SourceFormat.TEXT;
            sink.accept(new SourceDocument(id, format, text, null, null));
        } catch (IOException e) {
            sink.reject(new Rejection(id, "cannot read: " + e.getMessage()));
        }
    }
}
