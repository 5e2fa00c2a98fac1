package id.kabar.spark.tables;

import static id.kabar.spark.tables.Column.DATE;
import static id.kabar.spark.tables.Column.INDEX;
import static id.kabar.spark.tables.Column.KEY;

import id.kabar.model.Annotations;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** One row per mention of a specific day, with the day it names. */
public final class TimesTable extends Table {
    public TimesTable() {
        super("times", 1, KEY.named("article_id"), INDEX.named("time_index"), KEY.named("text"), DATE.named("value"),
                INDEX.named("start"), INDEX.named("end"));
    }

    @Override
    public List<Row> rows(LinkedRun run) {
        return FactRows.of(run, Annotations::times, (id, i, t, day) -> RowFactory.create(id, i, t.text(),
                Columns.day(t.value()), t.start(), t.end(), day));
    }
}
