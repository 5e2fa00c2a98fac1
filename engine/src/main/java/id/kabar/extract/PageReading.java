package id.kabar.extract;

import java.util.List;

/**
 * A page split around its article: what comes before it (headline, bylines, date lines), the article's
 * own paragraphs, what comes after it (credits, copyright), and the metadata the page declares.
 */
record PageReading(List<String> before, List<String> paragraphs, List<String> after, PageMetadata metadata) {
    PageReading {
        before = List.copyOf(before);
        paragraphs = List.copyOf(paragraphs);
        after = List.copyOf(after);
    }
}
