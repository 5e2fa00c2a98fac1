package id.kabar.spark.tables;

import id.kabar.model.Annotations;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/** One row per quote; {@code quote_index} is its index in the contract's {@code quotes} array of the article. */
public final class QuotesTable implements Table {
    private static final StructType SCHEMA = Columns.withDay(
            Columns.key("article_id"), Columns.index("quote_index"), Columns.key("text"), Columns.key("kind"),
            Columns.text("speaker"), Columns.text("speaker_type"), Columns.text("cue"), Columns.index("start"),
            Columns.index("end"));

    @Override
    public String name() {
        return "quotes";
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
        return FactRows.of(run, Annotations::quotes, (id, i, q, day) -> RowFactory.create(id, i, q.text(),
                q.kind().wire(), q.speaker(), q.speakerType() == null ? null : q.speakerType().name(), q.cue(),
                q.start(), q.end(), day));
    }
}
