package id.kabar.ingest;

import java.io.IOException;
import java.io.InputStream;

/** The bytes of one input file, as stored (still compressed): opened once per read, sized without reading. */
public interface FileContent {
    InputStream open() throws IOException;

    /** The stored size in bytes, so that a page too large is refused before it is read. */
    long size() throws IOException;
}
