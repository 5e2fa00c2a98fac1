package id.kabar.model;

import java.io.Serializable;
import java.util.Objects;

/** An input that did not become an article, and why: one line of {@code rejected.jsonl}. */
public record Rejection(String id, String reason) implements Serializable {
    public Rejection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
    }

    /** The kind of failure, without the page's own details after the colon ({@code could not analyse}). */
    public String cause() {
        int colon = reason.indexOf(':');
        return colon < 0 ? reason : reason.substring(0, colon);
    }
}
