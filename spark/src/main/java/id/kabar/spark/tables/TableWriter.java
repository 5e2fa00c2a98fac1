package id.kabar.spark.tables;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Writes a run's Parquet tables under one folder of any Hadoop file system ({@code file:}, {@code hdfs:},
 * {@code s3a:}): a folder per table, partitioned by day ({@code articles/day=2019-09-10/part-....parquet}), and
 * {@value #MANIFEST} naming each table's version. Each table replaces what an earlier run wrote to its folder.
 */
public final class TableWriter {
    /** Lists the tables and their versions; the leading underscore keeps Spark, Hive and Trino from reading it as data. */
    public static final String MANIFEST = "_kabar_tables.json";

    /** Every table a run writes, in the order they are written. */
    public static final List<Table> TABLES = List.of(new ArticlesTable(), new EntitiesTable(), new QuotesTable(),
            new TimesTable(), new ClaimsTable(), new EventsTable(), new StoriesTable(), new QuoteGroupsTable(),
            new ClaimGroupsTable());

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SparkSession spark;

    public TableWriter(SparkSession spark) {
        this.spark = spark;
    }

    /** Writes every table under {@code location} (a Hadoop path or URI), then the manifest. */
    public void write(String location, LinkedRun run) throws IOException {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        for (Table table : TABLES) {
            List<Row> rows = table.rows(run);
            Dataset<Row> frame = spark.createDataFrame(
                    context.parallelize(rows, Math.max(1, Math.min(rows.size(), context.defaultParallelism()))),
                    table.schema());
            // gathered by day first, so a day's rows of a table land in one file rather than one per slice
            frame.repartition(functions.col(Columns.DAY)).write().mode(SaveMode.Overwrite).partitionBy(Columns.DAY)
                    .parquet(location + "/" + table.name());
        }
        writeManifest(new Path(location, MANIFEST));
    }

    private void writeManifest(Path target) throws IOException {
        ObjectNode manifest = JSON.createObjectNode();
        ObjectNode versions = manifest.putObject("tables");
        TABLES.forEach(t -> versions.put(t.name(), t.version()));
        manifest.put("partitioned_by", Columns.DAY);
        FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
        try (OutputStream out = fs.create(target, true)) {
            JSON.writerWithDefaultPrettyPrinter().writeValue(out, manifest);
        }
    }
}
