package id.kabar.spark.tables;

import id.kabar.model.AnnotatedArticle;
import id.kabar.model.Annotations;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Row;

/** The rows of one kind of fact, article by article in input order, each filed under its article's day. */
final class FactRows {
    /** Makes the row of one fact, given its article, its index in the article's list and the article's day. */
    @FunctionalInterface
    interface RowOf<T> {
        Row row(String articleId, int index, T fact, java.sql.Date day);
    }

    private FactRows() {
    }

    static <T> List<Row> of(LinkedRun run, Function<Annotations, List<T>> facts, RowOf<T> row) {
        List<Row> rows = new ArrayList<>();
        for (AnnotatedArticle a : run.articles()) {
            java.sql.Date day = Columns.day(a.article().published());
            List<T> ofArticle = facts.apply(a.annotations());
            for (int i = 0; i < ofArticle.size(); i++) {
                rows.add(row.row(a.id(), i, ofArticle.get(i), day));
            }
        }
        return rows;
    }
}
