package id.kabar.spark.input;

import id.kabar.ingest.FileContent;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** A file of a Hadoop file system, sized by its listing. */
record HadoopFile(FileSystem fs, Path path, long size) implements FileContent {
    @Override
    public InputStream open() throws IOException {
        return fs.open(path);
    }
}
