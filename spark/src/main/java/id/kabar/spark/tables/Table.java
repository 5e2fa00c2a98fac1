package id.kabar.spark.tables;

import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One Parquet table of a run: its name (the folder it is written to), the version of its columns, the columns
 * themselves, and its rows. Every schema ends in the {@value Columns#DAY} column the table is partitioned by.
 */
public abstract class Table {
    private final String name;
    private final int version;
    private final StructType schema;

    /**
     * @param version the version of the columns: a change that a reader of the current version would misread (a
     *                column renamed, retyped or given another meaning) takes the next version; a column added at
     *                the end does not
     * @param columns the columns before the {@value Columns#DAY} column, which every table ends in
     */
    protected Table(String name, int version, StructField... columns) {
        this.name = Objects.requireNonNull(name, "name");
        this.version = version;
        this.schema = DataTypes.createStructType(columns).add(Column.DATE.named(Columns.DAY));
    }

    public final String name() {
        return name;
    }

    public final int version() {
        return version;
    }

    public final StructType schema() {
        return schema;
    }

    /** The rows, each holding the schema's columns in order. */
    public abstract List<Row> rows(LinkedRun run);
}
