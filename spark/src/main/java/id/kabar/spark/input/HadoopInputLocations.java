package id.kabar.spark.input;

import id.kabar.cli.InputLocations;
import id.kabar.ingest.InputListing;
import id.kabar.ingest.IoFailures;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The INPUT arguments of {@code kabar spark}: a URI with a scheme ({@code hdfs:}, {@code s3a:}, {@code file:}) is
 * listed and read through Hadoop's {@link FileSystem}, with the cluster's configuration; anything else is a path of
 * the driver's machine, read as {@code analyze} reads it. Either way the driver reads the files and the pages go
 * to the executors.
 */
public final class HadoopInputLocations implements InputLocations {
    /** A scheme of two letters or more, so that a Windows drive ({@code C:}) stays a path. */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");

    private final Configuration hadoop;

    public HadoopInputLocations(Configuration hadoop) {
        this.hadoop = hadoop;
    }

    @Override
    public InputListing list(List<String> inputs) {
        List<InputListing> listings = new ArrayList<>();
        for (String input : inputs) {
            listings.add(SCHEME.matcher(input).find() ? hadoop(input) : InputListing.of(List.of(
                    InputLocations.existing(input))));
        }
        return (selection, each, unlistable) -> listings.forEach(l -> l.forEach(selection, each, unlistable));
    }

    private InputListing hadoop(String input) {
        Path path = new Path(input);
        try {
            FileSystem fs = path.getFileSystem(hadoop);
            if (!fs.exists(path)) {
                throw new IllegalArgumentException("no such file or folder: " + input);
            }
            return new HadoopListing(fs, path);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot reach " + input + ": " + IoFailures.describe(e), e);
        }
    }
}
