package id.kabar.present;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Article;
import id.kabar.model.Claim;
import id.kabar.model.Entity;
import id.kabar.model.Quote;
import id.kabar.model.TimeMention;
import java.util.List;

/** Everything the article page shows: metadata, the evidence view of the body, the facts listed. */
public record ArticleView(ArticleRow row, Article article, String storyId, String storyTitle,
                          EvidenceText evidence, List<Entity> entities, List<Quote> quotes,
                          List<TimeMention> times, List<Claim> claims) {

    private static final int STORY_LABEL_CHARS = 80;

    /** The story's name as the article's byline shows it. */
    public String storyLabel() {
        return storyTitle == null ? storyId : StorySummary.clip(storyTitle, STORY_LABEL_CHARS);
    }

    public static ArticleView of(AnnotatedArticle a, ArticleRow row, String storyId, String storyTitle, Messages m) {
        return new ArticleView(row, a.article(), storyId, storyTitle, EvidenceText.of(a, m),
                a.annotations().entities(), a.annotations().quotes(), a.annotations().times(), a.annotations().claims());
    }
}
