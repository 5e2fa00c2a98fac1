package id.kabar.model;

/** What a numeric claim counts (contract: claims.category). */
public enum ClaimCategory {
    KILLED, INJURED, MISSING, DISPLACED, ARRESTED, AFFECTED, MONEY, PERCENT, COUNT;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
