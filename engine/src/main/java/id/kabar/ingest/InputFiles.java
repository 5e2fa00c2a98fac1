package id.kabar.ingest;

import id.kabar.model.Rejection;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
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
     * {@code unlistable}. In folders only the files {@code selection} admits are listed.
     */
    static void forEach(List<Path> inputs, InputSelection selection, Consumer<InputFile> each,
                        Consumer<Rejection> unlistable) {
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                list(input, selection, unlistable).forEach(each);
            } else if (Files.isRegularFile(input)) {
                each.accept(InputFile.local(input, input.getFileName().toString()));
            } else if (Files.exists(input)) {
                // A pipe or device would block or never end.
                unlistable.accept(new Rejection(input.toString(), "cannot read: not a regular file"));
            } else {
                unlistable.accept(new Rejection(input.toString(), Files.isSymbolicLink(input)
                        ? "cannot read: broken link" : "cannot read: no such file or folder"));
            }
        }
    }

    private static List<InputFile> list(Path folder, InputSelection selection, Consumer<Rejection> unlistable) {
        List<InputFile> files = new ArrayList<>();
        try {
            // Links are followed because scraped collections often link shared files; the walker detects loops.
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile()) {
                                String id = idOf(folder, file);
                                if (selection.admits(id)) {
                                    files.add(InputFile.local(file, id));
                                }
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
                            unlistable.accept(new Rejection(idOf(folder, file), "cannot read: " + IoFailures.describe(e)));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            unlistable.accept(new Rejection(folder.toString(), "cannot list folder: " + IoFailures.describe(e)));
        }
        files.sort(Comparator.comparing(InputFile::id));
        return files;
    }

    private static String idOf(Path folder, Path file) {
        String relative = folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        return relative.isEmpty() ? file.getFileName().toString() : relative;
    }
}
