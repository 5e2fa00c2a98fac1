package id.kabar.spark.tables;

import static id.kabar.spark.tables.Column.INDEX;
import static id.kabar.spark.tables.Column.KEY;
import static id.kabar.spark.tables.Column.TEXTS;
import static id.kabar.spark.tables.Columns.list;

import id.kabar.model.Annotations;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** One row per distinct entity of an article, with the place of every mention in the body. */
public final class EntitiesTable extends Table {
    public EntitiesTable() {
        super("entities", 1, KEY.named("article_id"), INDEX.named("entity_index"), KEY.named("name"), KEY.named("type"),
                TEXTS.named("mentions"), TEXTS.named("roles"), Columns.listOf("spans", Columns.SPAN));
    }

    @Override
    public List<Row> rows(LinkedRun run) {
        return FactRows.of(run, Annotations::entities, (id, i, e, day) -> RowFactory.create(id, i, e.name(),
                e.type().name(), list(e.mentions()), list(e.roles()),
                list(e.spans().stream().map(Columns::span).toList()), day));
    }
}
