package id.kabar.model;

/** Where a publication date came from (contract: {@code published_basis}). */
public enum PublishedBasis {
    /** Page metadata, a dateline, the page's address or its container (JSONL field, feed entry). */
    STATED,
    /** Read from the days the text itself reports as today or yesterday, in a year its text or address fixes. */
    INFERRED,
    /**
     * Read from the articles it came with: its days taken in the years its batch's stated dates fall in, or
     * its weekdays in the week of the articles it is linked with.
     */
    CONTEXT;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
