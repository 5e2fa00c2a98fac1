package id.kabar.spark;

import id.kabar.cli.AnalyzeCommand;
import id.kabar.pipeline.Analysis;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code kabar-spark [--master URL] [--partitions N] ANALYZE-ARGUMENTS}: the {@code analyze} command with
 * extraction and annotation spread over a Spark cluster. Everything after the Spark options is the engine's
 * {@code analyze} command line ({@code INPUT... --out DIR}, {@code --store DIR}, {@code --batch N}).
 */
@Command(name = "kabar-spark", mixinStandardHelpOptions = true,
        description = {"Run kabar analyze with pages extracted and annotated on a Spark cluster.",
                "Remaining arguments are those of kabar analyze."},
        footer = {"", "Example:", "  kabar-spark --master local[2] examples/seeds --out out --batch 2048"})
public final class SparkMain implements Callable<Integer> {
    @Option(names = "--master", defaultValue = "local[*]", description = "Spark master URL (default: ${DEFAULT-VALUE})")
    String master;

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
        SparkSession session = SparkSession.builder().appName("kabar").master(master).getOrCreate();
        try {
            JavaSparkContext spark = JavaSparkContext.fromSparkContext(session.sparkContext());
            int slices = partitions > 0 ? partitions : 3 * spark.defaultParallelism();
            SparkBatchAnalyser batches = new SparkBatchAnalyser(spark, slices);
            return new CommandLine(new AnalyzeCommand(() -> new Analysis(batches)))
                    .execute(analyzeArguments.toArray(String[]::new));
        } finally {
            session.stop();
        }
    }
}
