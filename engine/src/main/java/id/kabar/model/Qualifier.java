package id.kabar.model;

/** How a number is hedged: {@code setidaknya} is AT_LEAST, {@code lebih dari} MORE_THAN, and so on. */
public enum Qualifier {
    EXACT, AT_LEAST, MORE_THAN, ABOUT, AT_MOST;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
