package id.kabar.spark.tables;

import static id.kabar.spark.tables.Column.DATE;
import static id.kabar.spark.tables.Column.KEY;
import static id.kabar.spark.tables.Column.TEXT;
import static id.kabar.spark.tables.Column.TEXTS;
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
        super("stories", 1, KEY.named("story_id"), TEXT.named("title"), TEXTS.named("article_ids"),
                TEXTS.named("event_ids"), DATE.named("first_day"), DATE.named("last_day"));
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
