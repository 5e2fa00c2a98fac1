package id.kabar.extract;

/** What a line of a page is, as far as the line alone can tell. */
enum LineKind {
    /** Running text: a sentence or a long passage. */
    PROSE,
    /** A short line that does not close like a sentence: a headline, subheading, section name or menu item. */
    HEADLINE,
    /** Site furniture that never belongs to an article: ads, counters, share buttons, captions, clocks. */
    FURNITURE,
    /** A link to another article set inside the text ({@code Baca juga: ...}). */
    READ_MORE,
    /** A label that opens the site's lists after an article (related headlines, tags, comments, copyright). */
    SECTION_LABEL,
    /** A closing credit standing alone, such as {@code (wk/Sisi)} or {@code (*)}. */
    CREDIT,
}
