package id.kabar.ingest;

import id.kabar.model.Rejection;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

/** Lists the files behind the inputs: folders recursively, each folder's files sorted by id for a stable order. */
final class InputFiles {
    private InputFiles() {
    }

    /**
     * Hands every regular file to {@code each}, input by input in the order given; anything that cannot be listed
     * (a missing input, an unreadable folder, a broken link, a link loop, a pipe or device) goes to
     * {@code unlistable}.
     */
    static void forEach(List<Path> inputs, Consumer<InputFile> each, Consumer<Rejection> unlistable) {
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                list(input, unlistable).forEach(each);
            } else if (Files.isRegularFile(input)) {
                each.accept(new InputFile(input, input.getFileName().toString()));
            } else if (Files.exists(input)) {
                // A pipe or device would block or never end.
                unlistable.accept(new Rejection(input.toString(), "cannot read: not a regular file"));
            } else {
                unlistable.accept(new Rejection(input.toString(), Files.isSymbolicLink(input)
                        ? "cannot read: broken link" : "cannot read: no such file or folder"));
            }
        }
    }

    private static List<InputFile> list(Path folder, Consumer<Rejection> unlistable) {
        List<InputFile> files = new ArrayList<>();
        try {
            // Links are followed because scraped collections often link shared files; the walker detects loops.
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile()) {
                                files.add(new InputFile(file, idOf(folder, file)));
                            } else if (attrs.isSymbolicLink()) {
                                // With links followed, a link's own attributes only show when its target is missing.
                                unlistable.accept(new Rejection(idOf(folder, file), "cannot read: broken link"));
                            } else {
                                unlistable.accept(new Rejection(idOf(folder, file), "cannot read: not a regular file"));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            unlistable.accept(new Rejection(idOf(folder, file), "cannot read: " + describe(e)));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            unlistable.accept(new Rejection(folder.toString(), "cannot list folder: " + describe(e)));
        }
        files.sort(Comparator.comparing(InputFile::id));
        return files;
    }

    private static String idOf(Path folder, Path file) {
        String relative = folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        return relative.isEmpty() ? file.getFileName().toString() : relative;
    }

    /** An I/O failure in words, without the stack of class names Java puts in exception messages. */
    static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof FileSystemLoopException) {
            return "link loop";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
