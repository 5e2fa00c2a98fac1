package id.kabar.model;

import java.io.Serializable;
import java.util.Objects;

/** An input that did not become an article, and why: one line of {@code rejected.jsonl}. */
public record Rejection(String id, String reason) implements Serializable {
    public Rejection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
    }
}
