package id.kabar.ingest;

import java.io.IOException;

/** Reads the pages out of one opened input file of a known format. */
interface ContainerReader {

    /**
     * Hands each page to the sink, or a rejection for each one that cannot be read. Damage that stops the whole
     * file is thrown, after the pages read so far were handed on.
     */
    void read(InputFile file, OpenedInput input, IngestSink sink) throws IOException;
}
