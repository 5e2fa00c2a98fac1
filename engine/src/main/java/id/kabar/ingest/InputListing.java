package id.kabar.ingest;

import id.kabar.model.Rejection;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The files behind a run's inputs, in a stable order: the folders and files of this machine's file system, or
 * those of another file system a runner lists. Whatever cannot be listed is a rejection, never an exception.
 */
@FunctionalInterface
public interface InputListing {
    /** Hands every file to {@code each} in order, in folders only those {@code selection} admits. */
    void forEach(InputSelection selection, Consumer<InputFile> each, Consumer<Rejection> unlistable);

    /** Files and folders (recursively) of this machine's file system. */
    static InputListing of(List<Path> inputs) {
        List<Path> listed = List.copyOf(inputs);
        return (selection, each, unlistable) -> InputFiles.forEach(listed, selection, each, unlistable);
    }
}
