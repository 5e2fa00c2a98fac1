package id.kabar.spark;

import id.kabar.cli.AnalyzeCommand;
import id.kabar.cli.ExtraOutput;
import id.kabar.pipeline.Analysis;
import id.kabar.spark.input.HadoopInputLocations;
import id.kabar.spark.tables.LinkedRun;
import id.kabar.spark.tables.TableWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code kabar-spark [--master URL] [--partitions N] ANALYZE-ARGUMENTS}: the {@code analyze} command with
 * extraction and annotation spread over a Spark cluster. Everything after the Spark options is the engine's
 * {@code analyze} command line ({@code INPUT... --out DIR}, {@code --store DIR}, {@code --batch N}), where an
 * INPUT may also be a Hadoop file system URI ({@code hdfs://...}, {@code s3a://...}, {@code file:/...}); the run's
 * Parquet tables go to {@code OUT/tables} or {@code --tables} (docs/parquet.md).
 */
@Command(name = "kabar-spark", mixinStandardHelpOptions = true,
        description = {"Run kabar analyze with pages extracted and annotated on a Spark cluster.",
                "Remaining arguments are those of kabar analyze."},
        footer = {"", "Examples:", "  kabar-spark --master local[2] examples/seeds --out out --batch 2048",
                "  kabar-spark hdfs://namenode/crawl/2019/ --out out --tables hdfs:///kabar/tables",
                "Tables, spark-submit on YARN and Kubernetes: docs/parquet.md"})
public final class SparkMain implements Callable<Integer> {
    /** Where a run goes when neither {@code --master} nor spark-submit names a cluster: this machine's cores. */
    private static final String LOCAL_MASTER = "local[*]";

    @Option(names = "--master", description = "Spark master URL (default: the one spark-submit gives, else "
            + LOCAL_MASTER + ")")
    String master;

    @Option(names = "--tables", paramLabel = "URI",
            description = "folder for the Parquet tables, on any Hadoop file system: a local path, file:, hdfs:,"
                    + " s3a: (default: OUT/tables)")
    String tables;

    @Option(names = "--partitions", defaultValue = "0",
            description = "slices per batch (default: three per core of the cluster)")
    int partitions;

    @Unmatched
    List<String> analyzeArguments = new ArrayList<>();

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkMain()).execute(args));
    }

    @Override
    public Integer call() {
        if (partitions < 0) {
            System.err.println("kabar-spark: --partitions must not be negative");
            return 2;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("kabar");
        // spark-submit hands its --master over as a system property, which SparkConf reads; an explicit one wins
        if (master != null || !new SparkConf().contains("spark.master")) {
            builder.master(master != null ? master : LOCAL_MASTER);
        }
        SparkSession session = builder.getOrCreate();
        try {
            JavaSparkContext spark = JavaSparkContext.fromSparkContext(session.sparkContext());
            int slices = partitions > 0 ? partitions : 3 * spark.defaultParallelism();
            SparkBatchAnalyser batches = new SparkBatchAnalyser(spark, slices);
            ExtraOutput parquet = (out, articles, corpus) -> new TableWriter(session)
                    .write(tables != null ? tables : out.resolve("tables").toUri().toString(),
                            new LinkedRun(articles, corpus));
            HadoopInputLocations inputs = new HadoopInputLocations(session.sparkContext().hadoopConfiguration());
            return new CommandLine(new AnalyzeCommand(() -> new Analysis(batches), parquet, inputs))
                    .execute(analyzeArguments.toArray(String[]::new));
        } finally {
            session.stop();
        }
    }
}
