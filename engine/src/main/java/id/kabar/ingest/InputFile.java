package id.kabar.ingest;

import java.nio.file.Path;
import java.util.Locale;

/**
 * One file to ingest and the article id the contract gives it: its path relative to the input folder it was
 * found under, or its name when it was given directly, with {@code /} separators. {@code content} reads it,
 * from this machine's file system or from another one a runner lists (a Hadoop file system on a cluster).
 */
public record InputFile(String id, String name, FileContent content) {

    /** A file of this machine's file system. */
    static InputFile local(Path path, String id) {
        return new InputFile(id, path.getFileName().toString(), new LocalFile(path));
    }

    /** The file name, lower-cased, for recognising extensions. */
    String lowerCaseName() {
        return name.toLowerCase(Locale.ROOT);
    }
}
