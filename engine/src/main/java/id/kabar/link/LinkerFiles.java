package id.kabar.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder where a linker keeps its segments: the one it was given (a store's, kept between runs), or
 * a temporary one made the first time a file is needed and deleted when the program ends. A linker of a
 * few thousand articles never needs one.
 */
final class LinkerFiles {
    private final Path given;
    private Path dir;

    private LinkerFiles(Path given) {
        this.given = given;
        this.dir = given;
    }

    static LinkerFiles temporary() {
        return new LinkerFiles(null);
    }

    static LinkerFiles in(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the linker's folder " + dir, e);
        }
        return new LinkerFiles(dir);
    }

    /** Whether the files outlive the program (a checkpoint can name them). */
    boolean kept() {
        return given != null;
    }

    Path file(String name) {
        try {
            if (dir == null) {
                dir = Files.createTempDirectory("kabar-link");
                dir.toFile().deleteOnExit();
            }
            Path file = dir.resolve(name);
            if (given == null) {
                // registered after the folder, so deleted before it
                file.toFile().deleteOnExit();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a folder for the linker's segments", e);
        }
    }
}
