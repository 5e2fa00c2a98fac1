package id.kabar.store;

import java.util.List;

/**
 * A passage of an article body cut into plain and matching parts. Kept as parts, not markup, so
 * whoever shows it escapes the scraped text itself and marks the matches its own way.
 */
public record Snippet(List<Part> parts) {
    public Snippet {
        parts = List.copyOf(parts);
    }

    public record Part(String text, boolean match) {
    }
}
