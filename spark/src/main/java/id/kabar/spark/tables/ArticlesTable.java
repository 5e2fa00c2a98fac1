package id.kabar.spark.tables;

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
        super("articles", 1, Columns.withDay(
                Columns.key("article_id"), Columns.text("url"), Columns.text("language"), Columns.text("outlet"),
                Columns.text("title"), Columns.date("published"), Columns.text("published_basis"),
                Columns.text("published_source"), Columns.date("modified"), Columns.texts("authors"),
                Columns.text("dateline"), Columns.key("body"), Columns.text("duplicate_of"), Columns.text("event_id"),
                Columns.text("story_id")));
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
