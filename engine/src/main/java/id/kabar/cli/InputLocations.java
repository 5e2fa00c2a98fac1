package id.kabar.cli;

import id.kabar.ingest.InputListing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the INPUT arguments of {@code analyze} into the files to read: paths of this machine by default, and
 * whatever else a runner reads (a cluster runner's Hadoop file system URIs).
 */
@FunctionalInterface
public interface InputLocations {
    /** Paths of this machine's file system. */
    InputLocations LOCAL = inputs -> {
        List<Path> paths = new ArrayList<>();
        for (String input : inputs) {
            paths.add(existing(input));
        }
        return InputListing.of(paths);
    };

    /** @throws IllegalArgumentException naming an input that does not exist, before anything is read */
    InputListing list(List<String> inputs);

    /** The path of an input that exists on this machine. */
    static Path existing(String input) {
        Path path = Path.of(input);
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("no such file or folder: " + input);
        }
        return path;
    }
}
