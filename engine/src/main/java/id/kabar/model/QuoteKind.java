package id.kabar.model;

/** Direct speech (inside quotation marks) or reported speech with a cue. */
public enum QuoteKind {
    DIRECT, INDIRECT;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
