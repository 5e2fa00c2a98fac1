package id.kabar.spark.tables;

import static id.kabar.spark.tables.Columns.list;

import id.kabar.model.Annotations;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** One row per distinct entity of an article, with the place of every mention in the body. */
public final class EntitiesTable extends Table {
    public EntitiesTable() {
        super("entities", 1, Columns.withDay(
                Columns.key("article_id"), Columns.index("entity_index"), Columns.key("name"), Columns.key("type"),
                Columns.texts("mentions"), Columns.texts("roles"), Columns.listOf("spans", Columns.SPAN)));
    }

    @Override
    public List<Row> rows(LinkedRun run) {
        return FactRows.of(run, Annotations::entities, (id, i, e, day) -> RowFactory.create(id, i, e.name(),
                e.type().name(), list(e.mentions()), list(e.roles()),
                list(e.spans().stream().map(Columns::span).toList()), day));
    }
}
