package id.kabar.model;

/** What kind of page a source document holds, which decides how the extractor reads it. */
public enum SourceFormat {
    /** Plain text, typically a scraped page flattened to lines. */
    TEXT,
    /** An HTML document. */
    HTML
}
