package id.kabar.present;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Article;
import id.kabar.model.Claim;
import id.kabar.model.Entity;
import id.kabar.model.Quote;
import id.kabar.model.TimeMention;
import java.util.List;

/**
 * Everything the article page shows: metadata, the evidence view of the body (one part of it, {@code part} of
 * {@code parts}, counted from 1), the facts listed.
 */
public record ArticleView(ArticleRow row, Article article, String storyId, String storyTitle,
                          EvidenceText evidence, List<Entity> entities, List<Quote> quotes,
                          List<TimeMention> times, List<Claim> claims, int part, int parts) {

    private static final int STORY_LABEL_CHARS = 80;
    /**
     * Characters of body text one page shows: a long feature (5,000-10,000 characters) stays whole, while the
     * 200,000 characters an article may hold make ten pages instead of one page of half a megabyte of markup.
     */
    public static final int PART_CHARS = 20_000;

    /** The story's name as the article's byline shows it. */
    public String storyLabel() {
        return storyTitle == null ? storyId : StorySummary.clip(storyTitle, STORY_LABEL_CHARS);
    }

    /** The whole article on one page, as a report shows it. */
    public static ArticleView of(AnnotatedArticle a, ArticleRow row, String storyId, String storyTitle, Messages m) {
        return part(a, row, storyId, storyTitle, m, 1, Integer.MAX_VALUE);
    }

    /** Part {@code part} of the article cut into parts of {@code partChars}; the last part when it has fewer. */
    public static ArticleView part(AnnotatedArticle a, ArticleRow row, String storyId, String storyTitle, Messages m,
                                   int part, int partChars) {
        List<EvidenceText> cut = EvidenceText.of(a, m).parts(partChars);
        int shown = Math.min(Math.max(1, part), cut.size());
        return new ArticleView(row, a.article(), storyId, storyTitle, cut.get(shown - 1),
                a.annotations().entities(), a.annotations().quotes(), a.annotations().times(), a.annotations().claims(),
                shown, cut.size());
    }
}
