package id.kabar.spark.tables;

import static id.kabar.spark.tables.Columns.day;
import static id.kabar.spark.tables.Columns.list;

import id.kabar.model.Event;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * One row per story, with the span of its articles' published days, filed under its first day: a story
 * that runs for weeks is found in the folder of the day it began.
 */
public final class StoriesTable extends Table {
    public StoriesTable() {
        super("stories", 1, Columns.withDay(
                Columns.key("story_id"), Columns.text("title"), Columns.texts("article_ids"), Columns.texts("event_ids"),
                Columns.date("first_day"), Columns.date("last_day")));
    }

    @Override
    public List<Row> rows(LinkedRun run) {
        return run.corpus().stories().stream().map(s -> {
            LocalDate first = run.firstDay(s.articles());
            return RowFactory.create(s.id(), s.title(), list(s.articles()),
                    list(s.events().stream().map(Event::id).toList()), day(first), day(run.lastDay(s.articles())),
                    day(first));
        }).toList();
    }
}
