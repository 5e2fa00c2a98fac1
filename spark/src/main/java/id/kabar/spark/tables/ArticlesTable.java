package id.kabar.spark.tables;

import static id.kabar.spark.tables.Column.DATE;
import static id.kabar.spark.tables.Column.KEY;
import static id.kabar.spark.tables.Column.TEXT;
import static id.kabar.spark.tables.Column.TEXTS;
import static id.kabar.spark.tables.Columns.day;
import static id.kabar.spark.tables.Columns.list;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Article;
import id.kabar.model.ArticleLinks;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** One row per article: the contract's article fields but its facts, which have tables of their own. */
public final class ArticlesTable extends Table {
    public ArticlesTable() {
        super("articles", 1, KEY.named("article_id"), TEXT.named("url"), TEXT.named("language"), TEXT.named("outlet"),
                TEXT.named("title"), DATE.named("published"), TEXT.named("published_basis"),
                TEXT.named("published_source"), DATE.named("modified"), TEXTS.named("authors"), TEXT.named("dateline"),
                KEY.named("body"), TEXT.named("duplicate_of"), TEXT.named("event_id"), TEXT.named("story_id"));
    }

    @Override
    public List<Row> rows(LinkedRun run) {
        List<Row> rows = new ArrayList<>(run.articles().size());
        for (AnnotatedArticle annotated : run.articles()) {
            Article a = annotated.article();
            ArticleLinks links = run.links(a.id());
            rows.add(RowFactory.create(a.id(), a.url(), a.language(), a.outlet(), a.title(), day(a.published()),
                    a.publishedBasis() == null ? null : a.publishedBasis().wire(),
                    a.publishedSource() == null ? null : a.publishedSource().wire(), day(a.modified()),
                    list(a.authors()), a.dateline(), a.body(), links == null ? null : links.duplicateOf(),
                    links == null ? null : links.event(), links == null ? null : links.story(),
                    day(a.published())));
        }
        return rows;
    }
}
