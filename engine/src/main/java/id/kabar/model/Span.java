package id.kabar.model;

import java.io.Serializable;

/** Offsets into an article body in UTF-16 units, end exclusive: where a fact was read from. */
public record Span(int start, int end) implements Serializable {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public String of(String body) {
        return body.substring(start, end);
    }
}
