package id.kabar.store;

/**
 * The versions of what a store writes to disk, so that an engine knows what it reads. Each engine reads every
 * version up to its own and refuses a newer one with a clear error rather than misreading it. A change to
 * what is written that an engine of the current version would misread takes the next version, and its
 * reader keeps reading the older ones: the committed store of each version under the test resources proves it.
 */
final class StoreFormat {
    /**
     * The manifest's and the files it names (log segments, corpus). 1: the first versioned format; a manifest
     * without a version was written before versions were kept, in the same layout, and reads as 1.
     */
    static final int MANIFEST = 1;

    /**
     * An article record's: its framing in the log and the JSON of its article. Carried by every record. An optional
     * field added to the JSON (the article's {@code publishedAt}) keeps the version: a reader skips what it does not know.
     */
    static final int RECORD = 1;

    /**
     * The search index's, named in each index commit; an index of an older version is rebuilt from the log when
     * the store opens (the log holds every article). 1: no version named; 2: each article's day and outlet as doc
     * values (hits per day and outlet), the people and organisations it names as facets (the directory).
     */
    static final int INDEX = 2;

    private StoreFormat() {
    }

    /** Throws if {@code found} is newer than {@code readable}, naming {@code what} carries it. */
    static void checkReadable(String what, int found, int readable) {
        if (found > readable) {
            throw new StoreException(what + " has format version " + found + ", newer than the version " + readable
                    + " this kabar reads: open it with a newer kabar");
        }
    }
}
