package id.kabar.ingest;

import java.nio.file.Path;
import java.util.Locale;

/**
 * One file to ingest and the article id the contract gives it: its path relative to the input folder it was
 * found under, or its name when it was given directly, with {@code /} separators.
 */
record InputFile(Path path, String id) {

    /** The file name, lower-cased, for recognising extensions. */
    String lowerCaseName() {
        return path.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
