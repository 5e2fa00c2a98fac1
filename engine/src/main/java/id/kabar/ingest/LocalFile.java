package id.kabar.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file of this machine's file system. */
record LocalFile(Path path) implements FileContent {
    @Override
    public InputStream open() throws IOException {
        return Files.newInputStream(path);
    }

    @Override
    public long size() throws IOException {
        return Files.size(path);
    }
}
