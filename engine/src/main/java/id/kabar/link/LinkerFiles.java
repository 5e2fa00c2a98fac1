package id.kabar.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The folder where a linker keeps its segments: the one it was given (a store's, kept between runs), or
 * a temporary one made the first time a file is needed and deleted when the program ends. A linker of a
 * few thousand articles never needs one.
 */
final class LinkerFiles {
    /** The subfolder of the indexes kept on disk, rebuilt by every linker, so never saved. */
    private static final String SCRATCH = "index";
    private final Path given;
    private Path dir;
    private int scratchFiles;

    private LinkerFiles(Path given) {
        this.given = given;
        this.dir = given;
    }

    static LinkerFiles temporary() {
        return new LinkerFiles(null);
    }

    /** The folder {@code dir}, its indexes of an earlier linker (rebuilt from the segments) removed. */
    static LinkerFiles in(Path dir) {
        try {
            Files.createDirectories(dir);
            Path scratch = dir.resolve(SCRATCH);
            if (Files.isDirectory(scratch)) {
                try (Stream<Path> old = Files.list(scratch)) {
                    for (Path f : old.toList()) {
                        Files.delete(f);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the linker's folder " + dir, e);
        }
        return new LinkerFiles(dir);
    }

    /** Whether the files outlive the program (a checkpoint can name them). */
    boolean kept() {
        return given != null;
    }

    /** A new file for an index the linker rebuilds whenever it starts, deleted when the program ends. */
    Path scratch(String name) {
        Path folder = file(SCRATCH);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the linker's index folder", e);
        }
        Path file = folder.resolve(name + "-" + scratchFiles++);
        file.toFile().deleteOnExit();
        return file;
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
