package id.kabar.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** A mention of a specific day, normalised against the article's own time. */
public record TimeMention(String text, LocalDate value, int start, int end) implements Serializable {
    public TimeMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
    }
}
