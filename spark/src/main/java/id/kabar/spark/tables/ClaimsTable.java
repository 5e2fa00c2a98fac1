package id.kabar.spark.tables;

import id.kabar.model.Annotations;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** One row per numeric claim; {@code claim_index} is its index in the contract's {@code claims} array. */
public final class ClaimsTable extends Table {
    public ClaimsTable() {
        super("claims", 1, Columns.withDay(
                Columns.key("article_id"), Columns.index("claim_index"), Columns.key("text"), Columns.key("category"),
                Columns.number("value"), Columns.key("qualifier"), Columns.text("unit"), Columns.text("subject"),
                Columns.text("claimant"), Columns.date("as_of"), Columns.index("start"), Columns.index("end")));
    }

    @Override
    public List<Row> rows(LinkedRun run) {
        return FactRows.of(run, Annotations::claims, (id, i, c, day) -> RowFactory.create(id, i, c.text(),
                c.category().wire(), c.value(), c.qualifier().wire(), c.unit(), c.subject(), c.claimant(),
                Columns.day(c.asOf()), c.start(), c.end(), day));
    }
}
