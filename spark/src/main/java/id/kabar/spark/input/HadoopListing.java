package id.kabar.spark.input;

import id.kabar.ingest.InputFile;
import id.kabar.ingest.InputListing;
import id.kabar.ingest.InputSelection;
import id.kabar.ingest.IoFailures;
import id.kabar.model.Rejection;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The files behind one input of a Hadoop file system, given the ids a local run gives: a folder's files
 * (recursively) by their path under it, sorted, and a file given directly by its name.
 */
record HadoopListing(FileSystem fs, Path input) implements InputListing {
    @Override
    public void forEach(InputSelection selection, Consumer<InputFile> each, Consumer<Rejection> unlistable) {
        try {
            FileStatus status = fs.getFileStatus(input);
            if (status.isFile()) {
                each.accept(file(status, status.getPath().getName()));
                return;
            }
            String folder = status.getPath().toUri().getPath();
            int under = folder.endsWith("/") ? folder.length() : folder.length() + 1;
            List<InputFile> files = new ArrayList<>();
            RemoteIterator<LocatedFileStatus> listed = fs.listFiles(input, true);
            while (listed.hasNext()) {
                LocatedFileStatus found = listed.next();
                String id = found.getPath().toUri().getPath().substring(under);
                if (selection.admits(id)) {
                    files.add(file(found, id));
                }
            }
            files.sort(Comparator.comparing(InputFile::id));
            files.forEach(each);
        } catch (IOException e) {
            unlistable.accept(new Rejection(input.toString(), "cannot list: " + IoFailures.describe(e)));
        }
    }

    private InputFile file(FileStatus status, String id) {
        return new InputFile(id, status.getPath().getName(), new HadoopFile(fs, status.getPath(), status.getLen()));
    }
}
