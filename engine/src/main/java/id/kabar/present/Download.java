package id.kabar.present;

/** A link that downloads what a page lists, whole, in one format ({@code csv}, {@code jsonl}). */
public record Download(String format, String href) {
}
