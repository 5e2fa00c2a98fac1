package id.kabar.model;

/** Where a publication date came from (contract: {@code published_basis}). */
public enum PublishedBasis {
    /** Page metadata or a dateline. */
    STATED,
    /** Read from the days the text itself reports as today or yesterday. */
    INFERRED;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
