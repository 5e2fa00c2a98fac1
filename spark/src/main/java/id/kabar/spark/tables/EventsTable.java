package id.kabar.spark.tables;

import static id.kabar.spark.tables.Column.DATE;
import static id.kabar.spark.tables.Column.KEY;
import static id.kabar.spark.tables.Column.TEXT;
import static id.kabar.spark.tables.Column.TEXTS;
import static id.kabar.spark.tables.Columns.day;
import static id.kabar.spark.tables.Columns.list;

import id.kabar.model.Event;
import id.kabar.model.Story;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * One row per event, filed under the day it happened; an event whose day is not known under the earliest
 * published day of its articles, so that a day's folder holds the events that began on it.
 */
public final class EventsTable extends Table {
    public EventsTable() {
        super("events", 1, KEY.named("event_id"), KEY.named("story_id"), DATE.named("date"), TEXT.named("title"),
                TEXTS.named("article_ids"));
    }

    @Override
    public List<Row> rows(LinkedRun run) {
        List<Row> rows = new ArrayList<>();
        for (Story s : run.corpus().stories()) {
            for (Event e : s.events()) {
                rows.add(RowFactory.create(e.id(), s.id(), day(e.date()), e.title(), list(e.articles()),
                        day(e.date() != null ? e.date() : run.firstDay(e.articles()))));
            }
        }
        return rows;
    }
}
