package id.kabar.spark.tables;

import id.kabar.model.Annotations;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** One row per mention of a specific day, with the day it names. */
public final class TimesTable extends Table {
    public TimesTable() {
        super("times", 1, Columns.withDay(
                Columns.key("article_id"), Columns.index("time_index"), Columns.key("text"), Columns.date("value"),
                Columns.index("start"), Columns.index("end")));
    }

    @Override
    public List<Row> rows(LinkedRun run) {
        return FactRows.of(run, Annotations::times, (id, i, t, day) -> RowFactory.create(id, i, t.text(),
                Columns.day(t.value()), t.start(), t.end(), day));
    }
}
