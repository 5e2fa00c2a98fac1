package id.kabar.spark.tables;

import static id.kabar.spark.tables.Column.INDEX;
import static id.kabar.spark.tables.Column.KEY;
import static id.kabar.spark.tables.Column.TEXT;

import id.kabar.model.Annotations;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** One row per quote; {@code quote_index} is its index in the contract's {@code quotes} array of the article. */
public final class QuotesTable extends Table {
    public QuotesTable() {
        super("quotes", 1, KEY.named("article_id"), INDEX.named("quote_index"), KEY.named("text"), KEY.named("kind"),
                TEXT.named("speaker"), TEXT.named("speaker_type"), TEXT.named("cue"), INDEX.named("start"),
                INDEX.named("end"));
    }

    @Override
    public List<Row> rows(LinkedRun run) {
        return FactRows.of(run, Annotations::quotes, (id, i, q, day) -> RowFactory.create(id, i, q.text(),
                q.kind().wire(), q.speaker(), q.speakerType() == null ? null : q.speakerType().name(), q.cue(),
                q.start(), q.end(), day));
    }
}
