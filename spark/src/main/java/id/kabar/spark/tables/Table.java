package id.kabar.spark.tables;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * One Parquet table of a run: its name (the folder it is written to), the version of its columns, the columns
 * themselves, and its rows. Every schema ends in the {@value Columns#DAY} column the table is partitioned by.
 */
public interface Table {
    String name();

    /**
     * The version of the columns: a change that a reader of the current version would misread (a column
     * renamed, retyped or given another meaning) takes the next version; a column added at the end does not.
     */
    int version();

    StructType schema();

    /** The rows, each holding the schema's columns in order. */
    List<Row> rows(LinkedRun run);
}
