package id.kabar.spark.tables;

import id.kabar.model.Annotations;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** One row per quote; {@code quote_index} is its index in the contract's {@code quotes} array of the article. */
public final class QuotesTable extends Table {
    public QuotesTable() {
        super("quotes", 1, Columns.withDay(
                Columns.key("article_id"), Columns.index("quote_index"), Columns.key("text"), Columns.key("kind"),
                Columns.text("speaker"), Columns.text("speaker_type"), Columns.text("cue"), Columns.index("start"),
                Columns.index("end")));
    }

    @Override
    public List<Row> rows(LinkedRun run) {
        return FactRows.of(run, Annotations::quotes, (id, i, q, day) -> RowFactory.create(id, i, q.text(),
                q.kind().wire(), q.speaker(), q.speakerType() == null ? null : q.speakerType().name(), q.cue(),
                q.start(), q.end(), day));
    }
}
