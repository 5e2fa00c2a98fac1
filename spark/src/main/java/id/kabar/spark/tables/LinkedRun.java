package id.kabar.spark.tables;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.ArticleLinks;
import id.kabar.model.LinkedCorpus;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a finished run hands the tables: its articles in input order and the corpus linking made of them, with
 * each article at hand by its id, since group rows point into their members' articles and every row is filed
 * under a day.
 */
public final class LinkedRun {
    private final List<AnnotatedArticle> articles;
    private final LinkedCorpus corpus;
    private final Map<String, AnnotatedArticle> byId;

    public LinkedRun(List<AnnotatedArticle> articles, LinkedCorpus corpus) {
        this.articles = List.copyOf(articles);
        this.corpus = Objects.requireNonNull(corpus, "corpus");
        this.byId = new HashMap<>(articles.size() * 2);
        articles.forEach(a -> byId.put(a.id(), a));
    }

    public List<AnnotatedArticle> articles() {
        return articles;
    }

    public LinkedCorpus corpus() {
        return corpus;
    }

    /** The article with this id, or null when the run does not hold it. */
    public AnnotatedArticle article(String articleId) {
        return byId.get(articleId);
    }

    /** Where linking placed the article; null for an article the corpus does not hold. */
    public ArticleLinks links(String articleId) {
        return corpus.links().get(articleId);
    }

    /** The earliest published day among the articles, or null when none of them is dated. */
    public LocalDate firstDay(Collection<String> articleIds) {
        return days(articleIds).min(LocalDate::compareTo).orElse(null);
    }

    /** The latest published day among the articles, or null when none of them is dated. */
    public LocalDate lastDay(Collection<String> articleIds) {
        return days(articleIds).max(LocalDate::compareTo).orElse(null);
    }

    private java.util.stream.Stream<LocalDate> days(Collection<String> articleIds) {
        return articleIds.stream().map(byId::get).filter(Objects::nonNull).map(a -> a.article().published())
                .filter(Objects::nonNull);
    }
}
