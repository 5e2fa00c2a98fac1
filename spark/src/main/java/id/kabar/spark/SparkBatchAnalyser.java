package id.kabar.spark;

import id.kabar.model.SourceDocument;
import id.kabar.pipeline.BatchAnalyser;
import id.kabar.pipeline.PageAnalysis;
import id.kabar.pipeline.PageOutcome;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Spreads each batch of pages over a Spark cluster for extraction and annotation, the per-page work; the
 * outcomes come back to the driver in the batch's order, where linking and storing go on as in a local run.
 */
public final class SparkBatchAnalyser implements BatchAnalyser {
    private final JavaSparkContext spark;
    private final int partitions;

    /** @param partitions slices per batch: a few per executor core keeps the cores busy past a slow page */
    public SparkBatchAnalyser(JavaSparkContext spark, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be positive: " + partitions);
        }
        this.spark = spark;
        this.partitions = partitions;
    }

    @Override
    public List<PageOutcome> analyse(List<SourceDocument> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        return spark.parallelize(batch, Math.min(partitions, batch.size())).map(ExecutorPages::analyse).collect();
    }

    /** One {@link PageAnalysis} per executor JVM: its models load once, not once per page or task. */
    private static final class ExecutorPages {
        private static final PageAnalysis PAGES = new PageAnalysis();

        static PageOutcome analyse(SourceDocument page) {
            return PAGES.analyse(page);
        }
    }
}
