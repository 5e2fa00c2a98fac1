package id.kabar.spark.tables;

import static id.kabar.spark.tables.Column.DATE;
import static id.kabar.spark.tables.Column.INDEX;
import static id.kabar.spark.tables.Column.KEY;
import static id.kabar.spark.tables.Column.NUMBER;
import static id.kabar.spark.tables.Column.TEXT;

import id.kabar.model.Annotations;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** One row per numeric claim; {@code claim_index} is its index in the contract's {@code claims} array. */
public final class ClaimsTable extends Table {
    public ClaimsTable() {
        super("claims", 1, KEY.named("article_id"), INDEX.named("claim_index"), KEY.named("text"),
                KEY.named("category"), NUMBER.named("value"), KEY.named("qualifier"), TEXT.named("unit"),
                TEXT.named("subject"), TEXT.named("claimant"), DATE.named("as_of"), INDEX.named("start"),
                INDEX.named("end"));
    }

    @Override
    public List<Row> rows(LinkedRun run) {
        return FactRows.of(run, Annotations::claims, (id, i, c, day) -> RowFactory.create(id, i, c.text(),
                c.category().wire(), c.value(), c.qualifier().wire(), c.unit(), c.subject(), c.claimant(),
                Columns.day(c.asOf()), c.start(), c.end(), day));
    }
}
