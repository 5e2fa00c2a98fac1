package id.kabar.present;

import id.kabar.annotate.text.Sentence;
import id.kabar.annotate.text.TextSegmenter;
import id.kabar.model.Article;
import id.kabar.model.ArticleLinks;
import java.time.LocalDate;
import java.util.List;

/**
 * One article as a line in a list: enough to name it and link to it. {@code lede} is the opening sentence,
 * shortened, kept only for an article without a headline (a JSONL line or a page whose title was not found).
 */
public record ArticleRow(String id, String title, String outlet, LocalDate published, String event,
                         String duplicateOf, String lede) {
    /** As long as a story card's label: two lines of a list, about what a headline of online news runs to. */
    private static final int LEDE_CHARS = 110;
    /**
     * How much of the body is split to find the opening sentence: any longer sentence is cut to
     * {@link #LEDE_CHARS} anyway, so the work per row stays bounded whatever the body's length.
     */
    private static final int LEDE_SCAN_CHARS = 4 * LEDE_CHARS;
    private static final TextSegmenter SEGMENTER = new TextSegmenter();

    public static ArticleRow of(Article a, ArticleLinks links) {
        return new ArticleRow(a.id(), a.title(), a.outlet(), a.published(),
                links == null ? null : links.event(), links == null ? null : links.duplicateOf(),
                hasTitle(a.title()) ? null : lede(a.body()));
    }

    private static boolean hasTitle(String title) {
        return title != null && !title.isBlank();
    }

    /** The body's opening sentence, cut at a word, or null when the body holds no text. */
    static String lede(String body) {
        String opening = body.substring(0, Math.min(body.length(), LEDE_SCAN_CHARS));
        List<Sentence> sentences = SEGMENTER.segment(opening).sentences();
        if (sentences.isEmpty()) {
            return null;
        }
        Sentence first = sentences.get(0);
        return StorySummary.clip(opening.substring(first.start(), first.end()).strip(), LEDE_CHARS);
    }

    /** The headline; without one, the opening sentence; without a body either, the id. */
    public String label() {
        return hasTitle(title) ? title : lede != null ? lede : id;
    }
}
