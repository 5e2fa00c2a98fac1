package id.kabar.spark.tables;

import id.kabar.model.Annotations;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/** One row per mention of a specific day, with the day it names. */
public final class TimesTable implements Table {
    private static final StructType SCHEMA = Columns.withDay(
            Columns.key("article_id"), Columns.index("time_index"), Columns.key("text"), Columns.date("value"),
            Columns.index("start"), Columns.index("end"));

    @Override
    public String name() {
        return "times";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public StructType schema() {
        return SCHEMA;
    }

    @Override
    public List<Row> rows(LinkedRun run) {
        return FactRows.of(run, Annotations::times, (id, i, t, day) -> RowFactory.create(id, i, t.text(),
                Columns.day(t.value()), t.start(), t.end(), day));
    }
}
