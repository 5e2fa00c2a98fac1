package id.kabar.model;

/** How the figures in a claim group relate. */
public enum ClaimGroupKind {
    /** The same figure. */
    AGREEMENT,
    /** A later figure or a later as-of replaces an earlier one. */
    UPDATE,
    /** Different figures for the same moment. */
    DISAGREEMENT;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
